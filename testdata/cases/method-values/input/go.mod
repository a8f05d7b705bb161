module example.com/method-values

go 1.19

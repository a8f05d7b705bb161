module example.com/error-spans

go 1.19

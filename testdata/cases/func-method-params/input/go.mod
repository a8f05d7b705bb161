module example.com/func-method-params

go 1.19

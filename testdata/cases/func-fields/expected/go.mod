module example.com/func-fields

go 1.19

module example.com/func-named-methods

go 1.19

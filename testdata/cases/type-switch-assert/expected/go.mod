module example.com/type-switch-assert

go 1.19

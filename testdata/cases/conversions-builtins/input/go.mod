module example.com/conversions-builtins

go 1.19

module example.com/func-named-types

go 1.19

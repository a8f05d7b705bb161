module example.com/func-exported-types

go 1.19

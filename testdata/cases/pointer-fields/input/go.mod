module example.com/pointer-fields

go 1.19

module example.com/stringer-error

go 1.19

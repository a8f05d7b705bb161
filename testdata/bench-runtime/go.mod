module example.com/benchruntime

go 1.19

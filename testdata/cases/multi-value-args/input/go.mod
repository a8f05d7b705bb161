module example.com/multi-value-args

go 1.19

module example.com/handoff-func-values

go 1.19

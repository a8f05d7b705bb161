module example.com/handoff-func-group

go 1.19

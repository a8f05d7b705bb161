module example.com/handoff-asserted-func

go 1.19

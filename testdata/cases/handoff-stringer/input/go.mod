module example.com/handoff-stringer

go 1.19

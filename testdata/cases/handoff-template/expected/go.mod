module example.com/handoff-template

go 1.19

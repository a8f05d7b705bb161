module example.com/handoff-interface-group

go 1.19

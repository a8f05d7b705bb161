module example.com/handoff-interface-literal

go 1.19

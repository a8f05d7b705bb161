module example.com/handoff-template-methods

go 1.19

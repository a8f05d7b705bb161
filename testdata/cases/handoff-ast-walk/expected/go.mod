module example.com/handoff-ast-walk

go 1.19

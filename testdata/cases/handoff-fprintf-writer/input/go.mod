module example.com/handoff-fprintf-writer

go 1.19

module example.com/handoff-sort-less

go 1.19

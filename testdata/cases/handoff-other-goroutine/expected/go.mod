module example.com/handoff-other-goroutine

go 1.19

module example.com/existing-context

go 1.19

module example.com/mixed-large

go 1.19

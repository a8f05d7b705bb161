module example.com/no-entry-point

go 1.19

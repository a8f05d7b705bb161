module example.com/two-entry-points

go 1.19

module example.com/non-ascii

go 1.19

module example.com/stdlib-callbacks

go 1.19

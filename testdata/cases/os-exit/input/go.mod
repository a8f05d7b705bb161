module example.com/os-exit

go 1.19

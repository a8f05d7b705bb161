module example.com/interface-slice

go 1.19

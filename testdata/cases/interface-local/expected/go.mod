module example.com/interface-local

go 1.19

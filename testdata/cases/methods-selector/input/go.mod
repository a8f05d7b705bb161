module example.com/methods-selector

go 1.19

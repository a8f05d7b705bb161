module example.com/twin-layouts

go 1.19

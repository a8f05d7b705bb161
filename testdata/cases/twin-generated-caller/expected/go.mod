module example.com/twin-generated-caller

go 1.19

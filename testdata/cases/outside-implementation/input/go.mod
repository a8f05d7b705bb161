module example.com/outside-implementation

go 1.19

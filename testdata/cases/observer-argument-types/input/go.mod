module example.com/observer-argument-types

go 1.19

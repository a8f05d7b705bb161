module example.com/observer-stored-types

go 1.19

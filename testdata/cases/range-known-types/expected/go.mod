module example.com/range-known-types

go 1.19

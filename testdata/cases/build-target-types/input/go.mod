module example.com/build-target-types

go 1.19

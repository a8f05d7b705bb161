module example.com/interface-param-types

go 1.19

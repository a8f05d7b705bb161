module example.com/interface-result-types

go 1.19

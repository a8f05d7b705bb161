module example.com/dot-alias-imports

go 1.19

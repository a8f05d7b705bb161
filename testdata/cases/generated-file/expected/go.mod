module example.com/generated-file

go 1.19

module example.com/same-name-packages

go 1.19

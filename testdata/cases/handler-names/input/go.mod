module example.com/handler-names

go 1.19

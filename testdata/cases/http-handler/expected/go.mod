module example.com/http-handler

go 1.19

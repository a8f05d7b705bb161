module example.com/reflect-methods

go 1.19

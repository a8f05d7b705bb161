module example.com/basic-fib

go 1.19

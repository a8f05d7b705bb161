module example.com/exit-argument-calls

go 1.19

module example.com/reflection-other-program

go 1.19

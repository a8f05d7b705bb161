module example.com/reflection-inspected

go 1.19

module example.com/twin-kept-signatures

go 1.19

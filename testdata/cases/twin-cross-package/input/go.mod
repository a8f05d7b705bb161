module example.com/twin-cross-package

go 1.19

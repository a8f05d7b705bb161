module example.com/interface-cross-package

go 1.19

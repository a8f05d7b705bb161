module example.com/func-exported-vars

go 1.19

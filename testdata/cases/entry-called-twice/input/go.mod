module example.com/entry-called-twice

go 1.19

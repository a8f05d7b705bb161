module example.com/gofmtalign

go 1.19

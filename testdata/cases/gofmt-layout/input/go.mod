module example.com/gofmt-layout

go 1.19

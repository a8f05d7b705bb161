module example.com/gofmt-decl-comment

go 1.19

module gofmt

go 1.19

require golang.org/x/sync v0.1.0

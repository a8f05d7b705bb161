module example.com/doc-file-tracer

go 1.19

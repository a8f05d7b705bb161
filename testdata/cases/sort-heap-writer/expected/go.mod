module example.com/sort-heap-writer

go 1.19

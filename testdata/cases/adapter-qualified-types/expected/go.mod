module example.com/adapterqual

go 1.19

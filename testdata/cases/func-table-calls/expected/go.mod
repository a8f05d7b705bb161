module example.com/func-table-calls

go 1.19

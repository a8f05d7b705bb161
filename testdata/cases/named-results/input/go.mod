module example.com/named-results

go 1.19

module example.com/interface-literal-results

go 1.19

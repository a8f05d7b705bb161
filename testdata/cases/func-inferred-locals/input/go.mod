module example.com/func-inferred-locals

go 1.19

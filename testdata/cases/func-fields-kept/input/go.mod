module example.com/func-fields-kept

go 1.19

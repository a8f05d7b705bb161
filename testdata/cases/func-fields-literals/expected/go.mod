module example.com/func-fields-literals

go 1.19

module example.com/tests-internal-external

go 1.19

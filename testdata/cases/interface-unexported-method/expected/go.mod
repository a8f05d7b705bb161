module example.com/interface-unexported-method

go 1.19

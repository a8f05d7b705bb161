module example.com/call-chains

go 1.19

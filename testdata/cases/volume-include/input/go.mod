module example.com/volinclude

go 1.19

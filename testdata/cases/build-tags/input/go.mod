module example.com/build-tags

go 1.19

module example.com/stdlib-handler-parent

go 1.19

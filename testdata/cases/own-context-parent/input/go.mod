module example.com/own-context-parent

go 1.19

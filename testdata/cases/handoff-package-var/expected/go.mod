module example.com/handoff-package-var

go 1.19

module example.com/handoff-generated-parser

go 1.19

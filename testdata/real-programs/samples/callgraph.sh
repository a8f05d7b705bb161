# golang.org/x/tools/cmd/callgraph: the call graph of example.com/hello by three algorithms (edge order is not defined).
$BIN -algo=static example.com/hello | LC_ALL=C sort
$BIN -algo=rta -format=digraph example.com/hello | LC_ALL=C sort
$BIN -algo=pta -format='{{.Caller}} --{{.Description}}--> {{.Callee}}' example.com/hello | LC_ALL=C sort
$BIN -algo=nosuchalgo example.com/hello 2>&1

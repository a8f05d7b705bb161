# golang.org/x/tools/cmd/digraph: queries over a small graph.
$BIN nodes < $S/graph.txt
$BIN somepath a f < $S/graph.txt
$BIN degree < $S/graph.txt
$BIN sccs < $S/graph.txt
$BIN allpaths a d < $S/graph.txt
$BIN nosuchcommand < $S/graph.txt

# cmd/gofmt (from GOROOT, as a module of its own at $M): listing, diffs, simplification and rewrite rules on the
# sample files and on gofmt's own test inputs.
cp $S/messy.go $S/clean.go $S/broken.go . && $BIN -l . 2>&1
cp $S/messy.go . && $BIN -d messy.go
cp $M/testdata/composites.input c.go && $BIN -s -d c.go
$BIN -r 'fmt.Sprintf(f, x) -> fmt.Sprint(x)' < $S/messy.go
for f in $M/testdata/*.input; do b=${f##*/}; cp $f ${b%.input}.go; done && $BIN -l . 2>&1
cp $S/messy.go . && $BIN -w messy.go && cat messy.go
$BIN -e nosuch.go 2>&1

# golang.org/x/tools/cmd/goimports: a file with missing and unused imports, a clean one and one with a syntax error.
cp $S/messy.go . && $BIN messy.go
cp $S/messy.go . && $BIN -d messy.go | sed -E 's/^((---|\+\+\+) [^\t]*)\t.*$/\1/'
cp $S/messy.go $S/clean.go $S/broken.go . && $BIN -l . 2>&1
cp $S/messy.go . && $BIN -format-only messy.go

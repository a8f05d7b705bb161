# golang.org/x/tools/cmd/bundle: example.com/small bundled into example.com/pill.
$BIN -prefix sm_ -dst example.com/pill example.com/small
$BIN -o out.go -pkg other -prefix '' -dst example.com/pill example.com/small; rc=$?; cat out.go; exit $rc
$BIN 2>&1

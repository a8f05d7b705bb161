# golang.org/x/tools/cmd/guru: queries at positions in example.com/hello ($H); `at STRING [DELTA]` is the byte offset
# (plus DELTA) of the first STRING in that file.
$BIN definition $H:#$(at 'total(shapes)')
$BIN describe $H:#$(at 'total(shapes)')
$BIN implements $H:#$(at 'Shape')
$BIN referrers $H:#$(at 'double(x')
$BIN -scope example.com/hello callees $H:#$(at 's.Area()' 2)
$BIN -json what $H:#$(at 'total(shapes)')
$BIN nosuchmode $H:#1 2>&1

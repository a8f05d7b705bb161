# golang.org/x/tools/cmd/fiximports: example.com/client imports example.com/old/lib, whose import comment says new.
$BIN -n example.com/... 2>&1 | grep -v '^warning: ignoring symlink'
$BIN -n -replace bad example.com/client 2>&1 | grep -v '^warning: ignoring symlink'

# golang.org/x/tools/cmd/stringer: String methods for the constants of example.com/pill.
cp -r $G/src/example.com/pill pill && $BIN -type=Pill ./pill; rc=$?; cat pill/pill_string.go; exit $rc
cp -r $G/src/example.com/pill pill && $BIN -type=Color -linecomment -output=color.go ./pill; rc=$?; cat color.go; exit $rc
cp -r $G/src/example.com/pill pill && $BIN -type=Pill,Color -trimprefix=P ./pill; rc=$?; cat pill/pill_string.go; exit $rc
$BIN 2>&1

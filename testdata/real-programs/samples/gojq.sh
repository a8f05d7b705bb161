# github.com/itchyny/gojq/cmd/gojq: filters over a small catalog ($S/catalog.json) and gojq's own test inputs ($M is
# the module). Inputs stay small: the instrumented interpreter writes spans for every builtin it evaluates.
$BIN '.items | map(select(.price > 20)) | sort_by(.name) | .[].name' $S/catalog.json
$BIN -r '.items[] | "\(.id)\t\(.name): \(.tags | join(", "))"' $S/catalog.json
$BIN -c '.items | group_by(.kind) | map({kind: .[0].kind, count: length, total: (map(.price * .stock) | add)})' $S/catalog.json
$BIN --arg min 5 -c '[.items[] | select(.stock >= ($min | tonumber)) | .name] | {n: length, first: .[0]}' $S/catalog.json
$BIN -n -c 'reduce range(20) as $i ([]; . + [$i * $i]) | {sum: add, max: max, even: map(select(. % 2 == 0))}'
$BIN --yaml-input -c '.' $M/cli/testdata/1.yaml
$BIN -c -L $M/cli/testdata -n 'import "m1" as m; m::f'
$BIN '.store | ascii_upcase, (split(" ") | reverse | join("-")), test("shop$")' $S/catalog.json
$BIN '.items[0].name.first' $S/catalog.json 2>&1
$BIN '.items | map(' $S/catalog.json 2>&1

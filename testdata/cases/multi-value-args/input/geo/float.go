package geo

import "strconv"

func fmtFloat(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// Package geo declares functions whose parameters are qualified types (os.FileInfo, *shape.Point): main uses them
// as values, so their adapters must spell those types as main names them, qualifiers unchanged.
package geo

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"example.com/adapterqual/shape"
)

// Grow moves a point away from the origin.
func Grow(p *shape.Point) {
	p.X, p.Y = p.X*2, p.Y*2
}

// Visit counts what filepath.Walk shows it.
func Visit(path string, info os.FileInfo, err error) error {
	if err != nil {
		return err
	}
	fmt.Println("visit", strings.HasPrefix(filepath.Base(path), "adapterqual"), info.IsDir())
	return nil
}

// Label names a point.
func Label(p shape.Point) string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

//go:build extra

package main

import "fmt"

func extraFeature(n int) string {
	return fmt.Sprintf("enabled x%d", n)
}

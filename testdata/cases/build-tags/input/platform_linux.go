//go:build linux

package main

import "strings"

func platformName() string {
	return strings.ToUpper("linux") + kernelHint()
}

func kernelHint() string {
	return " (posix)"
}

//go:build windows

package main

func platformName() string {
	return "WINDOWS" + driveHint()
}

func driveHint() string {
	return ` (C:\)`
}

//go:build !unix

package main

type k struct{}

func (k) String() string { return "k" }

package main

import (
	"fmt"
	"log"
	"strconv"
	"strings"

	autotel "instrgen.dev/rtlib"
)

type config struct {
	name    string
	retries int
	port    int
}

func parseLine(line string) (key, value string, err error) {
	parts := strings.SplitN(line, "=", 2)
	if len(parts) != 2 {
		return "", "", fmt.Errorf("line %q: missing '='", line)
	}
	return strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1]), nil
}

func apply(c *config, key, value string) error {
	switch key {
	case "name":
		c.name = value
	case "retries", "port":
		n, err := strconv.Atoi(value)
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		if key == "retries" {
			c.retries = n
		} else {
			c.port = n
		}
	default:
		return fmt.Errorf("unknown key %q", key)
	}
	return nil
}

func load(lines []string) (*config, error) {
	c := &config{}
	for i, line := range lines {
		k, v, err := parseLine(line)
		if err == nil {
			err = apply(c, k, v)
		}
		if err != nil {
			return c, fmt.Errorf("line %d: %w", i+1, err)
		}
		fmt.Printf("applied %s=%s\n", k, v)
	}
	return c, nil
}

func main() {
	autotel.AutotelEntryPoint()
	log.SetFlags(0)
	log.SetPrefix("log-fatal: ")
	defer fmt.Println("deferred: must not be printed")
	c, err := load([]string{"name = demo", "retries=3", "port = eighty"})
	fmt.Printf("partial config: %+v\n", *c)
	if err != nil {
		log.Fatalf("cannot load config: %v", err)
	}
	fmt.Println("unreachable: config ok")
}

package messy

import (
	"os"
	"net/http"
)

func  Hello(name string)   string {
	return strings.ToUpper(fmt.Sprintf("hi %s", name))
}

func Exists(p string) bool { _, err := os.Stat(p); return err == nil }

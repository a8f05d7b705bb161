// Non-ASCII text before call sites: tree-sitter offsets are UTF-16 units, Go columns are bytes.
package main

import (
	"fmt"

	"instrgen.dev/rtlib"
)

// grüß returns a greeting; the name is not ASCII either.
func grüß(name string) string {
	return "¡Hola, " + name + "! 👋"
}

func width(s string) int { return len([]rune(s)) }

func main() {
	rtlib.AutotelEntryPoint()
	fmt.Println("日本語のテキスト 🎉🎉", grüß("Zoë"), width("ünïcödé 🐹"))
	s := "emoji 🐹 before a call"
	fmt.Println(s, width(s))
	fmt.Println(`raw
multi-line 字符串 🐹`, grüß("🐹"))
}

package main

import (
	"fmt"

	"example.com/generated-file/text"
	"instrgen.dev/rtlib"
)

func describe(input string) string {
	i, ok := ParseColor(input)
	if !ok {
		return fmt.Sprintf("%q is not a color", input)
	}
	return fmt.Sprintf("%q is color %d (%s)", input, i, text.Title(ColorName(i)))
}

func main() {
	rtlib.AutotelEntryPoint()
	for _, in := range []string{"  Green ", "BLUE", "mauve"} {
		fmt.Println(describe(in))
	}
	fmt.Println("direct:", text.Normalize(" MiXeD "))
}

// currentGoroutine on arm64: the g pointer the runtime keeps in register R28 (g).

//go:build gc

#include "textflag.h"

// func currentGoroutine() uintptr
TEXT ·currentGoroutine(SB), NOSPLIT, $0-8
	MOVD g, R0
	MOVD R0, ret+0(FP)
	RET

// currentGoroutine on amd64: the g pointer the runtime keeps in the thread's TLS slot.

//go:build gc

#include "textflag.h"

// func currentGoroutine() uintptr
TEXT ·currentGoroutine(SB), NOSPLIT, $0-8
	MOVQ TLS, CX
	MOVQ 0(CX)(TLS*1), AX
	MOVQ AX, ret+0(FP)
	RET

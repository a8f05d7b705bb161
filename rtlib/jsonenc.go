// Defines the JSON appenders the file and OTLP exporters share: strings, ids and attribute values without reflection.
package rtlib

import (
	"encoding/binary"
	"math"
	"strconv"
	"unicode/utf8"

	"go.opentelemetry.io/otel/attribute"
)

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string; bytes that are not UTF-8 become U+FFFD, as encoding/json does.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		// U+2028 and U+2029 end lines in JavaScript source; escape them as encoding/json does.
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendHex appends an id of at most 16 bytes as a quoted lowercase hex string, four bytes at a time (see hexWord),
// built on the stack and appended at once: a byte-wise append costs a capacity check per byte.
func appendHex(b []byte, id []byte) []byte {
	var buf [34]byte
	buf[0] = '"'
	n := 1
	for len(id) >= 4 && n <= 25 {
		binary.BigEndian.PutUint64(buf[n:], hexWord(binary.BigEndian.Uint32(id)))
		n += 8
		id = id[4:]
	}
	for _, c := range id {
		if n > 31 {
			break
		}
		buf[n], buf[n+1] = hexDigits[c>>4], hexDigits[c&0xf]
		n += 2
	}
	buf[n] = '"'
	return append(b, buf[:n+1]...)
}

// hexWord is the eight lowercase hex digits of v, the first in the top byte. Each nibble is spread into a byte of its
// own, then all eight become digits at once: n+'0', plus 'a'-'0'-10 where n+6 carries into bit 4 (n >= 10).
func hexWord(v uint32) uint64 {
	x := uint64(v)
	x = (x<<16 | x) & 0x0000ffff0000ffff
	x = (x<<8 | x) & 0x00ff00ff00ff00ff
	x = (x<<4 | x) & 0x0f0f0f0f0f0f0f0f
	letters := ((x + 0x0606060606060606) >> 4) & 0x0101010101010101
	return x + 0x3030303030303030 + letters*('a'-'0'-10)
}

// secondsDigits remembers the decimal digits of the seconds of the last Unix time appendQuotedNanos wrote: the spans
// an exporter writes one after the other start and end within the same second, so only their nanoseconds are
// formatted (two 19-digit numbers were a fifth of encoding a span line).
type secondsDigits struct {
	sec    int64
	digits [20]byte
	n      int
}

// appendQuotedNanos appends a Unix time in nanoseconds as appendQuotedInt does.
func (c *secondsDigits) appendQuotedNanos(b []byte, ns int64) []byte {
	if ns < 1e9 {
		return appendQuotedInt(b, ns)
	}
	sec, frac := ns/1e9, uint32(ns%1e9)
	if c.n == 0 || sec != c.sec {
		c.sec, c.n = sec, len(strconv.AppendInt(c.digits[:0], sec, 10))
	}
	// The nine digits of frac, two at a time from the right, then the quotes around them and the seconds.
	var buf [32]byte
	for i := 30; i > 22; i -= 2 {
		q := frac / 100
		r := frac - q*100
		buf[i], buf[i-1] = byte('0'+r%10), byte('0'+r/10)
		frac = q
	}
	buf[22] = byte('0' + frac)
	buf[31] = '"'
	start := 22 - c.n
	copy(buf[start:22], c.digits[:c.n])
	buf[start-1] = '"'
	return append(b, buf[start-1:]...)
}

// appendQuotedInt appends n as a decimal JSON string: 64-bit integers do not survive JSON numbers in
// JavaScript.
func appendQuotedInt(b []byte, n int64) []byte {
	b = append(b, '"')
	b = strconv.AppendInt(b, n, 10)
	return append(b, '"')
}

// appendFloat appends a JSON number, or the strings "NaN", "Infinity", "-Infinity", which JSON cannot hold as numbers.
func appendFloat(b []byte, f float64) []byte {
	switch {
	case math.IsNaN(f):
		return append(b, `"NaN"`...)
	case math.IsInf(f, 1):
		return append(b, `"Infinity"`...)
	case math.IsInf(f, -1):
		return append(b, `"-Infinity"`...)
	}
	return strconv.AppendFloat(b, f, 'g', -1, 64)
}

// appendPlainValue appends an attribute value as plain JSON (the traces file's encoding): strings,
// booleans, numbers (int64 as JSON numbers) and arrays of them.
func appendPlainValue(b []byte, v attribute.Value) []byte {
	switch v.Type() {
	case attribute.BOOL:
		return strconv.AppendBool(b, v.AsBool())
	case attribute.INT64:
		return strconv.AppendInt(b, v.AsInt64(), 10)
	case attribute.FLOAT64:
		return appendFloat(b, v.AsFloat64())
	case attribute.STRING:
		return appendJSONString(b, v.AsString())
	case attribute.BOOLSLICE:
		b = append(b, '[')
		for i, x := range v.AsBoolSlice() {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendBool(b, x)
		}
		return append(b, ']')
	case attribute.INT64SLICE:
		b = append(b, '[')
		for i, x := range v.AsInt64Slice() {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, x, 10)
		}
		return append(b, ']')
	case attribute.FLOAT64SLICE:
		b = append(b, '[')
		for i, x := range v.AsFloat64Slice() {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendFloat(b, x)
		}
		return append(b, ']')
	case attribute.STRINGSLICE:
		b = append(b, '[')
		for i, x := range v.AsStringSlice() {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, x)
		}
		return append(b, ']')
	}
	return append(b, "null"...)
}

// appendPlainAttributes appends {"key":value,...}.
func appendPlainAttributes(b []byte, attrs []attribute.KeyValue) []byte {
	b = append(b, '{')
	for i, kv := range attrs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendPlainMember(b, kv)
	}
	return append(b, '}')
}

// appendPlainMember appends "key":value.
func appendPlainMember(b []byte, kv attribute.KeyValue) []byte {
	b = appendJSONString(b, string(kv.Key))
	b = append(b, ':')
	return appendPlainValue(b, kv.Value)
}

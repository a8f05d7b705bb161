// Proves the traces readers: rtlib's JSON Lines file from a real Go run (whole, in chunks of any size, cut short,
// corrupted) and real stdouttrace output from a Go program that uses that exporter as rtlib once did.
import { buildAndRun, handInstrumentedModule, goRunReport } from '../testing/goToolchain';
import {
  parseTraces,
  parseTracesDetailed,
  spanJsonRecord,
  TracesReader,
  TRACES_FORMAT,
  unixNanosFromGoTime,
  type Span,
} from './spans';

/** The file rtlib wrote for the hand-instrumented module (JSON Lines). */
let jsonlText = '';
/** What the stdouttrace exporter (pretty-printed, synchronous) wrote for the same shape of program. */
let realText = '';

/** A program with the hand-instrumented module's span tree whose spans go through stdouttrace, pretty-printed. */
function stdouttraceModule(): { modulePath: string; files: Record<string, string> } {
  const modulePath = 'example.com/oldformat';
  return {
    modulePath,
    files: {
      'go.mod': `module ${modulePath}\n\ngo 1.19\n`,
      'main.go': `package main

import (
	"context"
	"os"
	"sync"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/exporters/stdout/stdouttrace"
	"go.opentelemetry.io/otel/sdk/resource"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	semconv "go.opentelemetry.io/otel/semconv/v1.7.0"
)

func fib(ctx context.Context, n int) int {
	ctx, span := otel.Tracer("example.com/handapp/lib").Start(ctx, "lib.Fib")
	defer span.End()
	if n < 2 {
		return n
	}
	return fib(ctx, n-1) + fib(ctx, n-2)
}

func main() {
	f, err := os.Create("traces.txt")
	if err != nil {
		panic(err)
	}
	exp, err := stdouttrace.New(stdouttrace.WithWriter(f), stdouttrace.WithPrettyPrint())
	if err != nil {
		panic(err)
	}
	res := resource.NewWithAttributes(semconv.SchemaURL, semconv.ServiceNameKey.String("prog"))
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(exp), sdktrace.WithResource(res))
	otel.SetTracerProvider(tp)
	tr := otel.Tracer("example.com/handapp")
	ctx, root := tr.Start(context.Background(), "main.main")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		_, s := tr.Start(ctx, "main.background")
		time.Sleep(3 * time.Millisecond)
		s.End()
	}()
	wctx, work := tr.Start(ctx, "main.work")
	time.Sleep(2 * time.Millisecond)
	fib(wctx, 4)
	work.End()
	wg.Wait()
	root.End()
	_ = tp.Shutdown(context.Background())
	_ = f.Close()
}
`,
    },
  };
}

beforeAll(async () => {
  const [old, now] = await Promise.all([buildAndRun(stdouttraceModule()), buildAndRun(handInstrumentedModule())]);
  if (old.run?.exitCode !== 0 || old.tracesText === undefined)
    throw new Error(`stdouttrace run failed\n${goRunReport(old)}`);
  if (now.run?.exitCode !== 0 || now.tracesText === undefined)
    throw new Error(`hand-instrumented run failed\n${goRunReport(now)}`);
  realText = old.tracesText;
  jsonlText = now.tracesText;
});

/** Pushes the text in pieces of `size` characters. */
function readInChunks(text: string, size: number): { spans: Span[]; truncatedTail?: string; reader: TracesReader } {
  const spans: Span[] = [];
  const reader = new TracesReader((s) => spans.push(s));
  for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
  return { spans, ...reader.end(), reader };
}

describe('the JSON Lines file rtlib writes', () => {
  test('line 1 is the resource, then one span per line with ids, parents, scope, kind and timings', () => {
    const lines = jsonlText.trimEnd().split('\n');
    const header = JSON.parse(lines[0]);
    expect(header.format).toBe(TRACES_FORMAT);
    expect(header.resource['service.name']).toBe('prog');
    expect(header.resource['telemetry.sdk.language']).toBe('go');
    const parsed = parseTracesDetailed(jsonlText);
    expect(parsed.resource).toEqual(header.resource);
    expect(parsed.truncatedTail).toBeUndefined();
    const spans = parsed.spans;
    expect(spans).toHaveLength(12);
    expect(lines).toHaveLength(13);
    spans.forEach((s) => expect(JSON.parse(lines[s.line - 1]).spanId).toBe(s.spanId));
    const [main] = spans.filter((s) => s.name === 'main.main');
    expect(main.parentSpanId).toBeUndefined();
    expect(main).toMatchObject({
      library: 'example.com/handapp',
      serviceName: 'prog',
      kind: 'internal',
      statusCode: 'Unset',
      attributes: {},
      events: [],
    });
    const [work] = spans.filter((s) => s.name === 'main.work');
    expect(work.parentSpanId).toBe(main.spanId);
    expect(work.durationMs).toBeGreaterThanOrEqual(2);
    const fibs = spans.filter((s) => s.name === 'lib.Fib');
    expect(fibs).toHaveLength(9);
    expect(fibs.filter((f) => f.parentSpanId === work.spanId)).toHaveLength(1);
    for (const f of fibs) expect(f.library).toBe('example.com/handapp/lib');
    for (const s of spans) {
      expect(s.traceId).toBe(main.traceId);
      expect(s.endNs).toBeGreaterThanOrEqual(s.startNs);
      expect(s.start.getTime()).toBe(Number(s.startNs / 1_000_000n));
      expect(s.durationMs).toBeCloseTo(Number(s.endNs - s.startNs) / 1e6, 9);
    }
  });

  test('any chunking gives the same spans as the whole text', () => {
    const whole = parseTraces(jsonlText).map(spanJsonRecord);
    for (const size of [1, 2, 7, 64, 333, jsonlText.length])
      expect(readInChunks(jsonlText, size).spans.map(spanJsonRecord)).toEqual(whole);
  });

  test('a last line cut anywhere is reported as the truncated tail, the complete lines kept', () => {
    const lines = jsonlText.trimEnd().split('\n');
    const complete = lines.slice(0, -1).join('\n') + '\n';
    const last = lines[lines.length - 1];
    for (let cut = 1; cut < last.length; cut += 11) {
      for (const size of [5, 1000]) {
        const r = readInChunks(complete + last.slice(0, cut), size);
        expect(r.spans).toHaveLength(11);
        expect(r.truncatedTail).toBe(last.slice(0, cut));
      }
    }
    // A complete last line without its newline is a span, not a tail.
    expect(readInChunks(jsonlText.trimEnd(), 50).spans).toHaveLength(12);
  });

  test('a file with only the header (no span ended) has no spans; CRLF line ends are read', () => {
    const [header] = jsonlText.split('\n');
    expect(parseTracesDetailed(header + '\n')).toEqual({ spans: [], resource: JSON.parse(header).resource });
    expect(parseTraces(jsonlText.replace(/\n/g, '\r\n'))).toHaveLength(12);
  });

  test('a span that refers to a code location gets its name, scope and code attributes, before its own; format /2 still reads', () => {
    const ids = '"traceId":"0123456789abcdef0123456789abcdef","spanId":"00000000000000a1"';
    const v3 = [
      '{"format":"instrgen-traces/3","resource":{"service.name":"app"}}',
      '{"code":1,"name":"main.leaf","scope":"example.com/app","attributes":{"code.function":"leaf","code.lineno":25}}',
      `{${ids},"code":1,"startNs":"1000","endNs":"3000","status":"Error","attributes":{"own":1}}`,
      `{${ids.replace('a1', 'a2')},"name":"user.span","scope":"example.com/app","startNs":"1000","endNs":"2000"}`,
    ].join('\n');
    const [leaf, user] = parseTraces(v3 + '\n');
    expect(leaf).toMatchObject({
      name: 'main.leaf',
      library: 'example.com/app',
      statusCode: 'Error',
      kind: 'internal',
      attributes: { 'code.function': 'leaf', 'code.lineno': 25, own: 1 },
    });
    expect(Object.keys(leaf.attributes)).toEqual(['code.function', 'code.lineno', 'own']);
    expect(user).toMatchObject({ name: 'user.span', statusCode: 'Unset', attributes: {} });
    for (const size of [1, 13, 100])
      expect(readInChunks(v3, size).spans.map(spanJsonRecord)).toEqual([leaf, user].map(spanJsonRecord));
    const v2 = `{"format":"instrgen-traces/2","resource":{}}\n{${ids},"name":"main.leaf","scope":"example.com/app","kind":"internal","startNs":"1000","endNs":"3000","status":"Unset","attributes":{"code.function":"leaf"}}\n`;
    expect(parseTraces(v2)[0]).toMatchObject({
      name: 'main.leaf',
      library: 'example.com/app',
      attributes: { 'code.function': 'leaf' },
    });
    expect(() =>
      parseTraces(
        v3
          .split('\n')
          .filter((_, i) => i !== 1)
          .join('\n'),
      ),
    ).toThrow(/the span on line 2 refers to code location 1, which no earlier line defines/);
  });

  test('malformed lines, spans and versions are errors with the line number', () => {
    const lines = jsonlText.trimEnd().split('\n');
    expect(() => parseTraces([lines[0], lines[1], 'GARBAGE', lines[2]].join('\n'))).toThrow(/invalid JSON on line 3/);
    const badId = lines[1].replace(/"spanId":"[0-9a-f]{16}"/, '"spanId":"xyz"');
    expect(() => parseTraces([lines[0], badId].join('\n') + '\n')).toThrow(
      /the span on line 2 is malformed: spanId is not 16 hex digits/,
    );
    const badTime = lines[1].replace(/"startNs":"\d+"/, '"startNs":12');
    expect(() => parseTraces([lines[0], badTime].join('\n') + '\n')).toThrow(/startNs is not a decimal string/);
    expect(() => parseTraces('{"format":"instrgen-traces/9","resource":{}}\n')).toThrow(
      /unsupported format "instrgen-traces\/9"/,
    );
  });
});

describe('the older stdouttrace output', () => {
  test('reads every span with ids, parents, timings and library', () => {
    const spans = parseTraces(realText);
    expect(spans).toHaveLength(12);
    const byName = (n: string) => spans.filter((s) => s.name === n);
    const [main] = byName('main.main');
    expect(main.parentSpanId).toBeUndefined();
    expect(main.library).toBe('example.com/handapp');
    expect(main.serviceName).toBe('prog');
    expect(main.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(main.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(main.statusCode).toBe('Unset');
    expect(main.attributes).toEqual({});

    const [work] = byName('main.work');
    expect(work.parentSpanId).toBe(main.spanId);
    expect(work.durationMs).toBeGreaterThanOrEqual(2);
    const fibs = byName('lib.Fib');
    expect(fibs).toHaveLength(9);
    for (const f of fibs) expect(f.library).toBe('example.com/handapp/lib');
    expect(fibs.filter((f) => f.parentSpanId === work.spanId)).toHaveLength(1);

    for (const s of spans) {
      expect(s.traceId).toBe(main.traceId);
      expect(s.endNs).toBeGreaterThanOrEqual(s.startNs);
      expect(s.durationMs).toBeCloseTo(Number(s.endNs - s.startNs) / 1e6, 9);
      expect(s.start.getTime()).toBe(Number(s.startNs / 1_000_000n));
      // Children of synchronous calls lie inside their parent's interval; main.background runs in a goroutine,
      // which may still be running when main returns (rtlib's Shutdown then ends its span).
      const parent = spans.find((p) => p.spanId === s.parentSpanId);
      if (parent && s.name !== 'main.background') {
        expect(s.startNs).toBeGreaterThanOrEqual(parent.startNs);
        expect(s.endNs).toBeLessThanOrEqual(parent.endNs);
      }
    }
    // The syncer exported spans as they ended, so main.main comes after the spans of calls it made and waited for.
    const index = (name: string) => spans.findIndex((x) => x.name === name);
    expect(index('main.main')).toBeGreaterThan(index('main.work'));
  });

  test('line numbers point at each object', () => {
    const spans = parseTraces(realText);
    const lines = realText.split('\n');
    expect(spans[0].line).toBe(1);
    for (const s of spans) expect(lines[s.line - 1]).toBe('{');
  });

  test('accepts objects run together, blank lines and CRLF', () => {
    const objects = splitObjects(realText);
    expect(parseTraces(objects.join(''))).toHaveLength(12);
    expect(parseTraces('\n\n  ' + objects.join('\n\n\t ') + '\n\n')).toHaveLength(12);
    expect(parseTraces(realText.replace(/\n/g, '\r\n'))).toHaveLength(12);
    expect(parseTraces(objects.map((o) => JSON.stringify(JSON.parse(o))).join('\n'))).toHaveLength(12);
    expect(parseTraces('')).toEqual([]);
    expect(parseTraces(' \n ')).toEqual([]);
  });

  test('skips an incomplete last object wherever the file was cut', () => {
    const objects = splitObjects(realText);
    const complete = objects.slice(0, -1).join('');
    const last = objects[objects.length - 1];
    // Cut inside strings, between fields, inside nested objects and arrays.
    for (let cut = 1; cut < last.length - 1; cut += 7) {
      const parsed = parseTracesDetailed(complete + last.slice(0, cut));
      expect(parsed.spans).toHaveLength(11);
      expect(parsed.truncatedTail).toBe(last.slice(0, cut));
    }
    expect(parseTracesDetailed(realText).truncatedTail).toBeUndefined();
  });

  test('a brace inside a string does not end the object', () => {
    const [first] = splitObjects(realText);
    const tricky = first.replace(/"Name": "[^"]*"/, '"Name": "weird} name {\\"x\\""');
    const [span] = parseTraces(tricky);
    expect(span.name).toBe('weird} name {"x"');
  });

  test('spanJsonRecord survives JSON.stringify', () => {
    const spans = parseTraces(realText);
    const json = JSON.parse(JSON.stringify(spans.map(spanJsonRecord)));
    expect(json[0].startNs).toBe(spans[0].startNs.toString());
    expect(json[0].start).toBe(spans[0].start.toISOString());
  });
});

describe('parseTraces rejects garbage', () => {
  test('text that is not JSON objects', () => {
    expect(() => parseTraces('panic: runtime error')).toThrow(/expected a JSON object at line 1, column 1/);
    const [first] = splitObjects(realText);
    expect(() => parseTraces(first + '\nGARBAGE\n' + first)).toThrow(
      /expected a JSON object at line \d+, column 1, found "GARBAGE/,
    );
    expect(() => parseTraces('[1, 2]')).toThrow(/expected a JSON object/);
  });

  test('a complete object that is not valid JSON', () => {
    expect(() => parseTraces('{"Name": nope}')).toThrow(/invalid JSON in the object at line 1, column 1/);
  });

  test('valid JSON that is not a span', () => {
    expect(() => parseTraces('{"hello": "world"}')).toThrow(/not a stdouttrace span: missing string field Name/);
    const [first] = splitObjects(realText);
    const badId = first.replace(/"SpanID": "[0-9a-f]{16}"/, '"SpanID": "xyz"');
    expect(() => parseTraces(badId)).toThrow(/SpanContext.SpanID is not 16 hex digits/);
    const badTime = first.replace(/"StartTime": "[^"]*"/, '"StartTime": "yesterday"');
    expect(() => parseTraces(badTime)).toThrow(/not an RFC 3339 time: "yesterday"/);
  });
});

describe('unixNanosFromGoTime', () => {
  test('keeps all nine fractional digits', () => {
    expect(unixNanosFromGoTime('2021-11-25T00:47:27.253150279Z')).toBe(
      BigInt(Date.UTC(2021, 10, 25, 0, 47, 27, 253)) * 1_000_000n + 150_279n,
    );
  });
  test('handles trimmed and missing fractions', () => {
    expect(unixNanosFromGoTime('1970-01-01T00:00:01.5Z')).toBe(1_500_000_000n);
    expect(unixNanosFromGoTime('1970-01-01T00:00:01Z')).toBe(1_000_000_000n);
  });
  test('applies zone offsets (Go writes local time when TZ is set)', () => {
    expect(unixNanosFromGoTime('1970-01-01T01:00:00+01:00')).toBe(0n);
    expect(unixNanosFromGoTime('1969-12-31T19:30:00.000000001-04:30')).toBe(1n);
  });
  test("reads Go's zero time (year 1) without the two-digit-year trap", () => {
    expect(unixNanosFromGoTime('0001-01-01T00:00:00Z')).toBe(-62135596800n * 1_000_000_000n);
  });
});

/** The real file's objects, split at each top-level "{" line the pretty printer writes. */
function splitObjects(text: string): string[] {
  return text.split(/\n(?=\{)/).map((o) => o.trim());
}

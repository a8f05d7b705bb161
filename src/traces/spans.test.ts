// Proves parseTraces on real stdouttrace output from a Go run, on whitespace and truncation variants of it, and on garbage.
import { buildAndRun, handInstrumentedModule, goRunReport } from '../testing/goToolchain';
import { parseTraces, parseTracesDetailed, spanJsonRecord, unixNanosFromGoTime } from './spans';

let realText = '';

beforeAll(async () => {
  const r = await buildAndRun(handInstrumentedModule());
  if (r.run?.exitCode !== 0 || r.tracesText === undefined) throw new Error(`hand-instrumented run failed\n${goRunReport(r)}`);
  realText = r.tracesText;
});

describe('parseTraces on real exporter output', () => {
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
    // The syncer exports spans as they end, so main.main comes after the spans of calls it made and waited for.
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
    expect(() => parseTraces(first + '\nGARBAGE\n' + first)).toThrow(/expected a JSON object at line \d+, column 1, found "GARBAGE/);
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

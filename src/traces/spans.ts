// Defines Span and parseTraces, which read the traces.txt that rtlib's stdouttrace exporter writes (concatenated pretty-printed JSON span stubs).

/** One finished span, as read back from traces.txt. */
export interface Span {
  name: string;
  /** 32 lowercase hex digits. */
  traceId: string;
  /** 16 lowercase hex digits. */
  spanId: string;
  /** Undefined when the exporter wrote the all-zero (invalid) parent, i.e. the span is a root. */
  parentSpanId?: string;
  /** Millisecond precision only (a JS Date); use startNs for ordering and arithmetic. */
  start: Date;
  end: Date;
  /**
   * Exact nanoseconds since the Unix epoch. A bigint because epoch nanoseconds exceed
   * Number.MAX_SAFE_INTEGER, and sibling spans in Go often start within the same microsecond.
   * JSON.stringify cannot serialise bigint: use spanJsonRecord for that.
   */
  startNs: bigint;
  endNs: bigint;
  /** Computed from the exact nanosecond timestamps. */
  durationMs: number;
  /** The tracer name, which instrgen sets to the Go package path of the instrumented function. */
  library: string;
  /** Resource attribute service.name (rtlib sets it to the program's base name). */
  serviceName?: string;
  /** Status code as the exporter writes it: "Unset", "Ok" or "Error". */
  statusCode: string;
  statusDescription: string;
  attributes: Record<string, unknown>;
  /** 1-based line in traces.txt where this span's object starts, for error messages. */
  line: number;
}

/** What parseTracesDetailed found, including a tail cut off mid-object by a dying program. */
export interface ParsedTraces {
  spans: Span[];
  /** The text of an incomplete last object, if the file ended inside one. */
  truncatedTail?: string;
}

/** A JSON-serialisable copy of a span (bigints as decimal strings, dates as ISO strings). */
export interface SpanJsonRecord {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  start: string;
  end: string;
  startNs: string;
  endNs: string;
  durationMs: number;
  library: string;
  serviceName?: string;
  statusCode: string;
  statusDescription: string;
  attributes: Record<string, unknown>;
}

/** Parses traces.txt; an incomplete last object is skipped, anything else malformed throws. */
export function parseTraces(text: string): Span[] {
  return parseTracesDetailed(text).spans;
}

/** Like parseTraces, but also returns the skipped incomplete tail, if any. */
export function parseTracesDetailed(text: string): ParsedTraces {
  const spans: Span[] = [];
  const lines = new LineCounter(text);
  let pos = 0;
  for (;;) {
    pos = indexAfterWhitespace(text, pos);
    if (pos >= text.length) return { spans };
    if (text[pos] !== '{') {
      throw new Error(
        `traces: expected a JSON object at ${lines.describe(pos)}, found ${JSON.stringify(text.slice(pos, pos + 20))}`,
      );
    }
    const end = indexAfterObject(text, pos);
    if (end === undefined) {
      // The program died while the exporter was writing: keep what was complete.
      return { spans, truncatedTail: text.slice(pos) };
    }
    const objectText = text.slice(pos, end);
    let parsed: unknown;
    try {
      parsed = JSON.parse(objectText);
    } catch (e) {
      throw new Error(`traces: invalid JSON in the object at ${lines.describe(pos)}: ${(e as Error).message}`);
    }
    spans.push(spanFromStub(parsed, lines.describe(pos), lines.lineAt(pos)));
    pos = end;
  }
}

/** Converts a span to something JSON.stringify accepts. */
export function spanJsonRecord(span: Span): SpanJsonRecord {
  return {
    name: span.name,
    traceId: span.traceId,
    spanId: span.spanId,
    ...(span.parentSpanId === undefined ? {} : { parentSpanId: span.parentSpanId }),
    start: span.start.toISOString(),
    end: span.end.toISOString(),
    startNs: span.startNs.toString(),
    endNs: span.endNs.toString(),
    durationMs: span.durationMs,
    library: span.library,
    ...(span.serviceName === undefined ? {} : { serviceName: span.serviceName }),
    statusCode: span.statusCode,
    statusDescription: span.statusDescription,
    attributes: span.attributes,
  };
}

/**
 * Parses Go's RFC 3339 time encoding (time.Time.MarshalJSON: up to 9 fractional digits,
 * trailing zeros trimmed, "Z" or a numeric offset when the process runs in a local zone)
 * into exact nanoseconds since the Unix epoch.
 */
export function unixNanosFromGoTime(text: string): bigint {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (!m) throw new Error(`traces: not an RFC 3339 time: ${JSON.stringify(text)}`);
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  // Date.UTC maps years 0..99 to 19xx; setUTCFullYear does not, which matters for Go's zero time (year 1).
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s), 0);
  let ns = BigInt(date.getTime()) * 1_000_000n + BigInt((frac ?? '').padEnd(9, '0') || '0');
  if (zone !== 'Z') {
    const sign = zone[0] === '-' ? -1n : 1n;
    const offsetMinutes = BigInt(Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    // Local time = UTC + offset, so UTC = local - offset.
    ns -= sign * offsetMinutes * 60n * 1_000_000_000n;
  }
  return ns;
}

const zeroSpanId = /^0+$/;

/** Validates one decoded exporter object (a tracetest.SpanStub) and converts it to a Span. */
function spanFromStub(stub: unknown, where: string, line: number): Span {
  const fail = (what: string): never => {
    throw new Error(`traces: the object at ${where} is not a stdouttrace span: ${what}`);
  };
  if (!isRecord(stub)) return fail('not an object');
  const name = stub.Name;
  if (typeof name !== 'string') return fail('missing string field Name');
  const sc = stub.SpanContext;
  if (!isRecord(sc)) return fail('missing object field SpanContext');
  const traceId = sc.TraceID;
  const spanId = sc.SpanID;
  if (typeof traceId !== 'string' || !/^[0-9a-f]{32}$/.test(traceId)) return fail('SpanContext.TraceID is not 32 hex digits');
  if (typeof spanId !== 'string' || !/^[0-9a-f]{16}$/.test(spanId)) return fail('SpanContext.SpanID is not 16 hex digits');

  let parentSpanId: string | undefined;
  const parent = stub.Parent;
  if (parent !== undefined && parent !== null) {
    if (!isRecord(parent)) return fail('Parent is not an object');
    const pid = parent.SpanID;
    if (typeof pid !== 'string' || !/^[0-9a-f]{16}$/.test(pid)) return fail('Parent.SpanID is not 16 hex digits');
    if (!zeroSpanId.test(pid)) parentSpanId = pid;
  }

  if (typeof stub.StartTime !== 'string') return fail('missing string field StartTime');
  if (typeof stub.EndTime !== 'string') return fail('missing string field EndTime');
  let startNs: bigint;
  let endNs: bigint;
  try {
    startNs = unixNanosFromGoTime(stub.StartTime);
    endNs = unixNanosFromGoTime(stub.EndTime);
  } catch (e) {
    return fail((e as Error).message);
  }

  const lib = stub.InstrumentationLibrary;
  const library = isRecord(lib) && typeof lib.Name === 'string' ? lib.Name : '';
  const status = isRecord(stub.Status) ? stub.Status : {};
  const resource = attributeRecord(stub.Resource);
  const serviceName = typeof resource['service.name'] === 'string' ? (resource['service.name'] as string) : undefined;

  return {
    name,
    traceId,
    spanId,
    ...(parentSpanId === undefined ? {} : { parentSpanId }),
    start: new Date(Number(startNs / 1_000_000n)),
    end: new Date(Number(endNs / 1_000_000n)),
    startNs,
    endNs,
    durationMs: Number(endNs - startNs) / 1e6,
    library,
    ...(serviceName === undefined ? {} : { serviceName }),
    statusCode: typeof status.Code === 'string' ? status.Code : 'Unset',
    statusDescription: typeof status.Description === 'string' ? status.Description : '',
    attributes: attributeRecord(stub.Attributes),
    line,
  };
}

/** Flattens the exporter's [{Key, Value: {Type, Value}}] attribute lists into a plain record. */
function attributeRecord(list: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!Array.isArray(list)) return out;
  for (const kv of list) {
    if (isRecord(kv) && typeof kv.Key === 'string') {
      out[kv.Key] = isRecord(kv.Value) ? kv.Value.Value : kv.Value;
    }
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function indexAfterWhitespace(text: string, pos: number): number {
  while (pos < text.length && /\s/.test(text[pos])) pos++;
  return pos;
}

/**
 * Returns the index just past the JSON object that starts at `start` (text[start] === '{'),
 * or undefined when the text ends first. Only braces outside strings count.
 */
function indexAfterObject(text: string, start: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
    } else if (c === '{' || c === '[') {
      depth++;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return undefined;
}

/** Maps offsets to line numbers incrementally, since offsets are asked for in increasing order. */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  lineAt(pos: number): number {
    if (pos < this.offset) {
      this.offset = 0;
      this.line = 1;
    }
    for (; this.offset < pos; this.offset++) if (this.text.charCodeAt(this.offset) === 10) this.line++;
    return this.line;
  }

  describe(pos: number): string {
    const column = pos - (this.text.lastIndexOf('\n', pos - 1) + 1) + 1;
    return `line ${this.lineAt(pos)}, column ${column}`;
  }
}

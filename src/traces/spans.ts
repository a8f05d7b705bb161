// Defines Span and the readers of traces files: rtlib's JSON Lines format (instrgen-traces/2) and the older stdouttrace output.

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
  /** "internal", "server", "client", "producer" or "consumer". */
  kind: string;
  statusCode: string;
  statusDescription: string;
  attributes: Record<string, unknown>;
  /** Events in the order recorded (an error recorded on the span is an "exception" event). */
  events: SpanEvent[];
  /** 1-based line in traces.txt where this span's record starts, for error messages. */
  line: number;
}

/** One span event. */
export interface SpanEvent {
  name: string;
  /** Nanoseconds since the Unix epoch. */
  timeNs: bigint;
  attributes: Record<string, unknown>;
}

/** What parseTracesDetailed found, including a tail cut off mid-object by a dying program. */
export interface ParsedTraces {
  spans: Span[];
  /** The text of an incomplete last record, if the file ended inside one. */
  truncatedTail?: string;
  /** The resource attributes, from the JSON Lines format's first line. */
  resource?: Record<string, unknown>;
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

/** Parses a whole traces file held in memory; an incomplete last record is skipped, anything else malformed throws. */
export function parseTraces(text: string): Span[] {
  return parseTracesDetailed(text).spans;
}

/** Like parseTraces, but also returns the skipped incomplete tail and the resource, if any. */
export function parseTracesDetailed(text: string): ParsedTraces {
  const spans: Span[] = [];
  const reader = new TracesReader((s) => spans.push(s));
  reader.push(text);
  const { truncatedTail } = reader.end();
  return {
    spans,
    ...(truncatedTail === undefined ? {} : { truncatedTail }),
    ...(reader.resource ? { resource: reader.resource } : {}),
  };
}

/** The `format` value on the first line of the JSON Lines traces file rtlib writes. */
export const TRACES_FORMAT = 'instrgen-traces/3';
/** Earlier formats this reader still reads: /2 wrote every span's name, scope and code attributes in full. */
const EARLIER_FORMATS = ['instrgen-traces/2'];

/**
 * Reads a traces file incrementally: push text chunks of any size as they are read, and every complete span
 * is handed to onSpan and forgotten, so a file of any size is read in bounded memory. It reads rtlib's JSON
 * Lines format (a resource line, then one span per line) and the older stdouttrace output (concatenated
 * JSON span stubs, pretty-printed or not), told apart by the first record.
 */
export class TracesReader {
  /** The resource attributes from the first line of the JSON Lines format. */
  resource?: Record<string, unknown>;
  format?: 'jsonl' | 'stdouttrace';
  private buffer = '';
  /** 1-based line of buffer[0]. */
  private line = 1;
  /** stdouttrace scanning state, kept across chunks. */
  private scanPos = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private objStart = -1;
  /** The code locations defined so far (format /3), by number. */
  private readonly codes = new Map<number, Record<string, unknown>>();

  constructor(private readonly onSpan: (span: Span) => void) {}

  push(chunk: string): void {
    this.buffer += chunk;
    if (this.format === undefined && !this.detectFormat(false)) return;
    if (this.format === 'jsonl') this.readLines(false);
    else this.readStubs();
  }

  /** Call after the last chunk; returns the incomplete record a dying program left at the end, if any. */
  end(): { truncatedTail?: string } {
    if (this.format === undefined && !this.detectFormat(true)) return {};
    if (this.format === 'jsonl') return this.readLines(true);
    this.readStubs();
    const rest = this.objStart >= 0 ? this.buffer.slice(this.objStart) : this.buffer.slice(this.scanPos);
    if (this.objStart >= 0) return { truncatedTail: rest };
    if (rest.trim() !== '')
      throw new Error(
        `traces: unexpected text at ${this.describe(this.scanPos)}: ${JSON.stringify(rest.trim().slice(0, 20))}`,
      );
    return {};
  }

  /** Decides the format from the first line; false while that line is still incomplete. */
  private detectFormat(atEnd: boolean): boolean {
    const first = this.buffer.search(/\S/);
    if (first < 0) {
      if (atEnd) this.format = 'jsonl';
      return atEnd;
    }
    if (this.buffer[first] !== '{') {
      throw new Error(
        `traces: expected a JSON object at ${this.describe(first)}, found ${JSON.stringify(this.buffer.slice(first, first + 20))}`,
      );
    }
    const nl = this.buffer.indexOf('\n', first);
    if (nl < 0 && !atEnd) return false;
    const firstLine = this.buffer.slice(first, nl < 0 ? undefined : nl);
    let header: unknown;
    try {
      header = JSON.parse(firstLine);
    } catch {
      // A pretty-printed stub's first line is a lone "{".
      this.format = 'stdouttrace';
      return true;
    }
    if (isRecord(header) && 'format' in header) {
      if (header.format !== TRACES_FORMAT && !EARLIER_FORMATS.includes(header.format as string)) {
        throw new Error(
          `traces: unsupported format ${JSON.stringify(header.format)} on line 1 (this instrgen reads ${TRACES_FORMAT} and the stdout exporter's output)`,
        );
      }
      this.resource = isRecord(header.resource) ? header.resource : {};
      this.format = 'jsonl';
      this.line += countNewlines(this.buffer, 0, nl < 0 ? this.buffer.length : nl + 1);
      this.buffer = nl < 0 ? '' : this.buffer.slice(nl + 1);
      return true;
    }
    this.format = 'stdouttrace';
    return true;
  }

  private readLines(atEnd: boolean): { truncatedTail?: string } {
    let pos = 0;
    for (;;) {
      const nl = this.buffer.indexOf('\n', pos);
      if (nl < 0) break;
      this.lineRecord(this.buffer.slice(pos, nl), this.line, false);
      this.line++;
      pos = nl + 1;
    }
    this.buffer = this.buffer.slice(pos);
    if (!atEnd || this.buffer.trim() === '') return {};
    // The last line has no newline: complete if it parses, else the program died while writing it.
    const tail = this.buffer;
    this.buffer = '';
    return this.lineRecord(tail, this.line, true) ? {} : { truncatedTail: tail };
  }

  /** Parses one span line; returns false for an unparsable last line (which the caller reports as truncated). */
  private lineRecord(text: string, line: number, last: boolean): boolean {
    if (text.trim() === '') return true;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      if (last) return false;
      throw new Error(`traces: invalid JSON on line ${line}: ${(e as Error).message}`);
    }
    if (isCodeDefinition(parsed)) {
      this.codes.set(parsed.code, parsed);
      return true;
    }
    this.onSpan(spanFromLine(withCodeLocation(parsed, this.codes, line), `line ${line}`, line, this.resource));
    return true;
  }

  private readStubs(): void {
    const text = this.buffer;
    for (let i = this.scanPos; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92 /* \\ */) this.escaped = true;
        else if (c === 34 /* " */) this.inString = false;
        continue;
      }
      if (this.depth === 0) {
        if (c === 123 /* { */) {
          this.objStart = i;
          this.depth = 1;
        } else if (!isJsonSpace(c)) {
          throw new Error(
            `traces: expected a JSON object at ${this.describe(i)}, found ${JSON.stringify(text.slice(i, i + 20))}`,
          );
        }
        continue;
      }
      if (c === 34) this.inString = true;
      else if (c === 123 || c === 91) this.depth++;
      else if (c === 125 || c === 93) {
        this.depth--;
        if (this.depth === 0) {
          const start = this.objStart;
          const where = this.describe(start);
          const line = this.lineAt(start);
          let parsed: unknown;
          try {
            parsed = JSON.parse(text.slice(start, i + 1));
          } catch (e) {
            throw new Error(`traces: invalid JSON in the object at ${where}: ${(e as Error).message}`);
          }
          this.onSpan(spanFromStub(parsed, where, line));
          this.objStart = -1;
        }
      }
    }
    // Drop what is consumed, keeping an object still open.
    const keepFrom = this.objStart >= 0 ? this.objStart : text.length;
    this.line += countNewlines(text, 0, keepFrom);
    this.buffer = text.slice(keepFrom);
    this.scanPos = text.length - keepFrom;
    if (this.objStart >= 0) this.objStart = 0;
  }

  private lineAt(pos: number): number {
    return this.line + countNewlines(this.buffer, 0, pos);
  }

  private describe(pos: number): string {
    const column = pos - (this.buffer.lastIndexOf('\n', pos - 1) + 1) + 1;
    return `line ${this.lineAt(pos)}, column ${column}`;
  }
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function isJsonSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

const decimal = /^\d{1,20}$/;

/** A code location line of format /3: `{"code":N,"name":…,"scope":…,"attributes":{…}}`, written once per function. */
function isCodeDefinition(rec: unknown): rec is Record<string, unknown> & { code: number } {
  return isRecord(rec) && typeof rec.code === 'number' && rec.traceId === undefined;
}

/**
 * A span line that refers to a code location (`"code":N`) with the location's name and scope, and its attributes
 * before the span's own; other lines as they are.
 */
function withCodeLocation(rec: unknown, codes: ReadonlyMap<number, Record<string, unknown>>, line: number): unknown {
  if (!isRecord(rec) || rec.code === undefined) return rec;
  const def = typeof rec.code === 'number' ? codes.get(rec.code) : undefined;
  if (!def)
    throw new Error(
      `traces: the span on line ${line} refers to code location ${JSON.stringify(rec.code)}, which no earlier line defines`,
    );
  const attributes = {
    ...(isRecord(def.attributes) ? def.attributes : {}),
    ...(isRecord(rec.attributes) ? rec.attributes : {}),
  };
  return { ...rec, name: def.name, scope: def.scope, attributes };
}

/** Validates one span line of the JSON Lines format and converts it to a Span. */
function spanFromLine(rec: unknown, where: string, line: number, resource: Record<string, unknown> | undefined): Span {
  const fail = (what: string): never => {
    throw new Error(`traces: the span on ${where} is malformed: ${what}`);
  };
  if (!isRecord(rec)) return fail('not an object');
  const { name, traceId, spanId, parentSpanId, startNs, endNs } = rec;
  if (typeof name !== 'string') return fail('missing string field name');
  if (typeof traceId !== 'string' || !/^[0-9a-f]{32}$/.test(traceId)) return fail('traceId is not 32 hex digits');
  if (typeof spanId !== 'string' || !/^[0-9a-f]{16}$/.test(spanId)) return fail('spanId is not 16 hex digits');
  if (parentSpanId !== undefined && (typeof parentSpanId !== 'string' || !/^[0-9a-f]{16}$/.test(parentSpanId)))
    return fail('parentSpanId is not 16 hex digits');
  if (typeof startNs !== 'string' || !decimal.test(startNs)) return fail('startNs is not a decimal string');
  if (typeof endNs !== 'string' || !decimal.test(endNs)) return fail('endNs is not a decimal string');
  const start = BigInt(startNs);
  const end = BigInt(endNs);
  const events: SpanEvent[] = [];
  if (Array.isArray(rec.events)) {
    for (const ev of rec.events) {
      if (!isRecord(ev) || typeof ev.name !== 'string' || typeof ev.timeNs !== 'string' || !decimal.test(ev.timeNs))
        return fail('an event lacks name or timeNs');
      events.push({
        name: ev.name,
        timeNs: BigInt(ev.timeNs),
        attributes: isRecord(ev.attributes) ? ev.attributes : {},
      });
    }
  }
  const service = resource?.['service.name'];
  return {
    name,
    traceId,
    spanId,
    ...(parentSpanId === undefined || /^0+$/.test(parentSpanId as string)
      ? {}
      : { parentSpanId: parentSpanId as string }),
    start: new Date(Number(start / 1_000_000n)),
    end: new Date(Number(end / 1_000_000n)),
    startNs: start,
    endNs: end,
    durationMs: Number(end - start) / 1e6,
    library: typeof rec.scope === 'string' ? rec.scope : '',
    ...(typeof service === 'string' ? { serviceName: service } : {}),
    kind: typeof rec.kind === 'string' ? rec.kind : 'internal',
    statusCode: typeof rec.status === 'string' ? rec.status : 'Unset',
    statusDescription: typeof rec.statusMessage === 'string' ? rec.statusMessage : '',
    attributes: isRecord(rec.attributes) ? rec.attributes : {},
    events,
    line,
  };
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
  if (typeof traceId !== 'string' || !/^[0-9a-f]{32}$/.test(traceId))
    return fail('SpanContext.TraceID is not 32 hex digits');
  if (typeof spanId !== 'string' || !/^[0-9a-f]{16}$/.test(spanId))
    return fail('SpanContext.SpanID is not 16 hex digits');

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
    kind: typeof stub.SpanKind === 'number' ? (STUB_KINDS[stub.SpanKind] ?? 'unspecified') : 'internal',
    statusCode: typeof status.Code === 'string' ? status.Code : 'Unset',
    statusDescription: typeof status.Description === 'string' ? status.Description : '',
    attributes: attributeRecord(stub.Attributes),
    events: stubEvents(stub.Events),
    line,
  };
}

/** trace.SpanKind numbers as stdouttrace writes them. */
const STUB_KINDS: Record<number, string> = {
  0: 'unspecified',
  1: 'internal',
  2: 'server',
  3: 'client',
  4: 'producer',
  5: 'consumer',
};

function stubEvents(list: unknown): SpanEvent[] {
  if (!Array.isArray(list)) return [];
  const out: SpanEvent[] = [];
  for (const ev of list) {
    if (!isRecord(ev) || typeof ev.Name !== 'string' || typeof ev.Time !== 'string') continue;
    out.push({ name: ev.Name, timeNs: unixNanosFromGoTime(ev.Time), attributes: attributeRecord(ev.Attributes) });
  }
  return out;
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

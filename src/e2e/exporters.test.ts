// Proves rtlib's exporters and configuration on a real instrumented Go program: OTLP/HTTP JSON decoded with the official
// opentelemetry-proto definitions, Jaeger's HTTP Thrift batch decoded here, console, none, sampling and bad values.
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import * as protobuf from 'protobufjs';
import { buildAndRun, goRunReport, RTLIB_IMPORT_PATH, type GoRunResult } from '../testing/goToolchain';
import { readThriftStruct, type ThriftStruct, type ThriftValue } from '../testing/thriftBinary';
import type { Span } from '../traces/spans';
import { traceShape } from '../traces/tree';

const MODULE = 'example.com/exporters';

/**
 * A program instrumented the way instrgen writes it (rtlib bootstrap in main, a span per function, each function's
 * code location registered once), whose leaf spans carry attributes of every type and whose third leaf records an error.
 */
const files: Record<string, string> = {
  'go.mod': `module ${MODULE}\n\ngo 1.19\n`,
  'main.go': `package main

import (
	__atel_context "context"
	"errors"
	"fmt"

	__atel_otel "go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"${RTLIB_IMPORT_PATH}"
)

func leaf(__atel_tracing_ctx __atel_context.Context, i int) int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("${MODULE}/leaf").Start(__atel_tracing_ctx, "main.leaf")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	__atel_span.SetAttributes(attribute.Int("i", i), attribute.String("s", "v\\"é"), attribute.Bool("b", i%2 == 0),
		attribute.Float64("f", 0.5), attribute.Int64("big", 1<<62), attribute.StringSlice("ss", []string{"x", "y"}))
	if i == 2 {
		err := errors.New("leaf failed")
		__atel_span.RecordError(err)
		__atel_span.SetStatus(codes.Error, err.Error())
	}
	return i * i
}

func work(__atel_tracing_ctx __atel_context.Context) int {
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("${MODULE}").Start(__atel_tracing_ctx, "main.work")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	sum := 0
	for i := 0; i < 3; i++ {
		sum += leaf(__atel_child_tracing_ctx, i)
	}
	return sum
}

func main() {
	__atel_ts := rtlib.NewTracingState()
	defer rtlib.Shutdown(__atel_ts)
	__atel_otel.SetTracerProvider(__atel_ts.Tp)
	__atel_ctx := __atel_context.Background()
	__atel_child_tracing_ctx, __atel_span := __atel_otel.Tracer("${MODULE}").Start(__atel_ctx, "main.main")
	_ = __atel_child_tracing_ctx
	defer __atel_span.End()
	rtlib.AutotelEntryPoint()
	fmt.Println("sum", work(__atel_child_tracing_ctx))
}

var __atel_code_leaf = rtlib.Code("${MODULE}/leaf", "main.leaf", "leaf", "${MODULE}", "${MODULE}/main.go", 14)

var __atel_code_work = rtlib.Code("${MODULE}", "main.work", "work", "${MODULE}", "${MODULE}/main.go", 28)

var __atel_code_main = rtlib.Code("${MODULE}", "main.main", "main", "${MODULE}", "${MODULE}/main.go", 39)
`,
};

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** An HTTP receiver on loopback that records every request and answers 200. */
async function receiver(): Promise<{ url: string; requests: Received[]; close: () => Promise<void> }> {
  const requests: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function run(env: Record<string, string>): Promise<GoRunResult> {
  const r = await buildAndRun({ files, modulePath: MODULE, env });
  if (r.build.exitCode !== 0 || !r.run) throw new Error(`the test program did not build\n${goRunReport(r)}`);
  // Whatever the exporter, the program's own output and exit code stay as they were.
  expect(r.run.stdout).toBe('sum 5\n');
  expect(r.run.exitCode).toBe(0);
  return r;
}

/** Where each function is, as its registration says: the code attributes every exporter writes on its spans. */
const CODE: Record<string, Record<string, unknown>> = {
  'main.leaf': {
    'code.function': 'leaf',
    'code.namespace': MODULE,
    'code.filepath': `${MODULE}/main.go`,
    'code.lineno': 14,
  },
  'main.work': {
    'code.function': 'work',
    'code.namespace': MODULE,
    'code.filepath': `${MODULE}/main.go`,
    'code.lineno': 28,
  },
  'main.main': {
    'code.function': 'main',
    'code.namespace': MODULE,
    'code.filepath': `${MODULE}/main.go`,
    'code.lineno': 39,
  },
};

/** The spans the file exporter wrote in the same run, which every other exporter's output must match. */
function fileSpans(r: GoRunResult): Span[] {
  const spans = r.traces ?? [];
  expect(spans.map((s) => s.name).sort()).toEqual(['main.leaf', 'main.leaf', 'main.leaf', 'main.main', 'main.work']);
  // The code attributes come first, then the span's own.
  for (const s of spans) expect(Object.entries(s.attributes).slice(0, 4)).toEqual(Object.entries(CODE[s.name]));
  const shape = traceShape(spans);
  expect(shape.roots.map((s) => s.name)).toEqual(['main.main']);
  expect(shape.orphans).toEqual([]);
  return spans;
}

const hexToBase64 = (hex: string) => Buffer.from(hex, 'hex').toString('base64');
const base64ToHex = (b64: string) => Buffer.from(b64, 'base64').toString('hex');

/** The OTLP trace service request type from the .proto files of opentelemetry-proto, as an npm package ships them. */
function otlpRequestType(): protobuf.Type {
  const pkg = path.dirname(require.resolve('@opentelemetry/otlp-grpc-exporter-base/package.json'));
  const protoDir = path.join(pkg, 'build', 'protos');
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (path.isAbsolute(target) ? target : path.join(protoDir, target));
  root.loadSync('opentelemetry/proto/collector/trace/v1/trace_service.proto');
  return root.lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest');
}

/**
 * Decodes an OTLP/HTTP JSON body as the specification says receivers do: trace and span ids are hex (not proto3
 * JSON's base64); everything else is proto3 JSON. The message is checked by the protobuf runtime, encoded to the
 * binary wire format and decoded back; converting it back to JSON must give exactly what was sent, so a field
 * name or type the proto does not define cannot slip through.
 */
function decodeOtlpJson(type: protobuf.Type, body: Buffer): Record<string, unknown> {
  const sent = JSON.parse(body.toString('utf8'));
  const idFields = new Set(['traceId', 'spanId', 'parentSpanId']);
  const convertIds = (v: unknown, f: (s: string) => string): unknown => {
    if (Array.isArray(v)) return v.map((x) => convertIds(x, f));
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, idFields.has(k) && typeof x === 'string' ? f(x) : convertIds(x, f)]),
      );
    return v;
  };
  const asProtoJson = convertIds(sent, hexToBase64) as Record<string, unknown>;
  const message = type.fromObject(asProtoJson);
  const problem = type.verify(message);
  if (problem) throw new Error(`OTLP request does not verify: ${problem}`);
  const wire = type.encode(message).finish();
  const back = type.toObject(type.decode(wire), { longs: String, enums: Number, bytes: String, json: true });
  expect(back).toEqual(asProtoJson);
  return convertIds(back, base64ToHex) as Record<string, unknown>;
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** OTLP's AnyValue as the plain value the traces file holds. */
function plainValue(v: Json): unknown {
  if ('stringValue' in v) return v.stringValue;
  if ('boolValue' in v) return v.boolValue;
  // The traces file holds int64 as JSON numbers, which JavaScript reads as doubles; compare alike.
  if ('intValue' in v) return Number(v.intValue);
  if ('doubleValue' in v) return v.doubleValue;
  if ('arrayValue' in v) return (v.arrayValue.values ?? []).map(plainValue);
  throw new Error(`unexpected AnyValue ${JSON.stringify(v)}`);
}

const plainAttributes = (list: Json[] | undefined): Record<string, unknown> =>
  Object.fromEntries((list ?? []).map((kv) => [kv.key, plainValue(kv.value)]));

describe('otlp exporter', () => {
  test('POSTs every span, parent, attribute, event and the resource as OTLP/HTTP JSON that the official protos decode', async () => {
    const rx = await receiver();
    try {
      const r = await run({
        OTEL_TRACES_EXPORTER: 'otlp,file',
        OTEL_EXPORTER_OTLP_ENDPOINT: `${rx.url}/`,
        OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=secret%20value,x-team=obs',
        OTEL_SERVICE_NAME: 'exporters-test',
        OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=test,service.name=ignored',
      });
      expect(r.run!.stderr).toBe('');
      const spans = fileSpans(r);
      expect(rx.requests.length).toBeGreaterThan(0);
      const type = otlpRequestType();
      const received: Array<{ span: Json; scope: string; resource: Record<string, unknown> }> = [];
      for (const req of rx.requests) {
        expect(req.path).toBe('/v1/traces');
        expect(req.headers['content-type']).toBe('application/json');
        expect(req.headers['x-api-key']).toBe('secret value');
        expect(req.headers['x-team']).toBe('obs');
        const decoded = decodeOtlpJson(type, req.body) as Json;
        for (const rs of decoded.resourceSpans) {
          const resource = plainAttributes(rs.resource.attributes);
          for (const ss of rs.scopeSpans)
            for (const span of ss.spans) received.push({ span, scope: ss.scope.name, resource });
        }
      }
      expect(received).toHaveLength(spans.length);
      for (const { resource } of received) {
        expect(resource).toMatchObject({
          'service.name': 'exporters-test',
          'deployment.environment': 'test',
          'telemetry.sdk.language': 'go',
        });
      }
      const kinds = { internal: 1 } as Record<string, number>;
      const statusCodes = { Unset: 0, Ok: 1, Error: 2 } as Record<string, number>;
      for (const s of spans) {
        const got = received.find((x) => x.span.spanId === s.spanId);
        if (!got) throw new Error(`span ${s.name} ${s.spanId} was not received`);
        const o = got.span;
        expect(got.scope).toBe(s.library);
        expect({ traceId: o.traceId, parentSpanId: o.parentSpanId, name: o.name, kind: o.kind }).toEqual({
          traceId: s.traceId,
          parentSpanId: s.parentSpanId,
          name: s.name,
          kind: kinds[s.kind],
        });
        expect([BigInt(o.startTimeUnixNano), BigInt(o.endTimeUnixNano)]).toEqual([s.startNs, s.endNs]);
        expect(o.status.code ?? 0).toBe(statusCodes[s.statusCode]);
        expect(o.status.message ?? '').toBe(s.statusDescription);
        expect(plainAttributes(o.attributes)).toEqual(s.attributes);
        expect(plainAttributes(o.attributes.slice(0, 4))).toEqual(CODE[s.name]);
        expect(
          (o.events ?? []).map((e: Json) => ({
            name: e.name,
            timeNs: BigInt(e.timeUnixNano),
            attributes: plainAttributes(e.attributes),
          })),
        ).toEqual(s.events);
      }
      const leaves = spans
        .filter((s) => s.name === 'main.leaf')
        .sort((a, b) => Number((a.attributes.i as number) - (b.attributes.i as number)));
      expect(leaves.map((l) => l.attributes)).toEqual(
        [0, 1, 2].map((i) => ({
          ...CODE['main.leaf'],
          i,
          s: 'v"é',
          b: i % 2 === 0,
          f: 0.5,
          big: 2 ** 62,
          ss: ['x', 'y'],
        })),
      );
      // 1<<62 is an exact int64 on the wire (a decimal string), whatever JSON numbers can hold.
      const leafOnWire = received.find((x) => x.span.spanId === leaves[0].spanId)!.span;
      expect(leafOnWire.attributes.find((kv: Json) => kv.key === 'big').value).toEqual({
        intValue: '4611686018427387904',
      });
      expect(leaves[2]).toMatchObject({ statusCode: 'Error', statusDescription: 'leaf failed' });
      expect(leaves[2].events.map((e) => [e.name, e.attributes['exception.message']])).toEqual([
        ['exception', 'leaf failed'],
      ]);
    } finally {
      await rx.close();
    }
  });

  test('an unreachable collector costs the spans, says so on stderr, and changes nothing else', async () => {
    const rx = await receiver();
    await rx.close(); // the port is now closed
    const r = await run({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${rx.url}/v1/traces` });
    expect(r.run!.stderr).toMatch(
      /^instrgen\/rtlib: 5 spans could not be exported: OTLP export to http:\/\/127\.0\.0\.1:\d+\/v1\/traces/,
    );
    expect(r.tracesText).toBeUndefined();
  });
});

/** Thrift field ids of jaeger.thrift (Batch, Process, Span, Tag) as the Go exporter's generated code declares them. */
const J = {
  batch: { process: 1, spans: 2 },
  process: { serviceName: 1, tags: 2 },
  span: {
    traceIdLow: 1,
    traceIdHigh: 2,
    spanId: 3,
    parentSpanId: 4,
    operationName: 5,
    startTime: 8,
    duration: 9,
    tags: 10,
    logs: 11,
  },
  tag: { key: 1, vStr: 3, vDouble: 4, vBool: 5, vLong: 6 },
};

const field = (s: ThriftStruct, id: number): ThriftValue | undefined => s.get(id);
const hex64 = (v: ThriftValue | undefined) =>
  BigInt.asUintN(64, v as bigint)
    .toString(16)
    .padStart(16, '0');
function tagRecord(list: ThriftValue | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const t of (list ?? []) as ThriftStruct[]) {
    const v = [J.tag.vStr, J.tag.vDouble, J.tag.vBool, J.tag.vLong].map((id) => t.get(id)).find((x) => x !== undefined);
    out[t.get(J.tag.key) as string] = typeof v === 'bigint' ? Number(v) : v;
  }
  return out;
}

describe('jaeger exporter', () => {
  test('sends Thrift batches to the collector endpoint with every span, its parent, tags and the service', async () => {
    const rx = await receiver();
    try {
      const r = await run({
        OTEL_TRACES_EXPORTER: 'jaeger,file',
        OTEL_EXPORTER_JAEGER_ENDPOINT: `${rx.url}/api/traces`,
        OTEL_SERVICE_NAME: 'jaeger-test',
      });
      expect(r.run!.stderr).toBe('');
      const spans = fileSpans(r);
      const got: ThriftStruct[] = [];
      for (const req of rx.requests) {
        expect(req.path).toBe('/api/traces');
        expect(req.headers['content-type']).toBe('application/x-thrift');
        const batch = readThriftStruct(req.body);
        const process = field(batch, J.batch.process) as ThriftStruct;
        expect(field(process, J.process.serviceName)).toBe('jaeger-test');
        expect(tagRecord(field(process, J.process.tags))).toMatchObject({ 'telemetry.sdk.language': 'go' });
        got.push(...(field(batch, J.batch.spans) as ThriftStruct[]));
      }
      expect(got).toHaveLength(spans.length);
      for (const s of spans) {
        const j = got.find((x) => hex64(field(x, J.span.spanId)) === s.spanId);
        if (!j) throw new Error(`span ${s.name} ${s.spanId} was not received`);
        expect(field(j, J.span.operationName)).toBe(s.name);
        expect(hex64(field(j, J.span.traceIdHigh)) + hex64(field(j, J.span.traceIdLow))).toBe(s.traceId);
        const parent = hex64(field(j, J.span.parentSpanId));
        expect(parent === '0000000000000000' ? undefined : parent).toBe(s.parentSpanId);
        expect(field(j, J.span.startTime)).toBe(s.startNs / 1000n);
        const tags = tagRecord(field(j, J.span.tags));
        expect(tags['otel.library.name']).toBe(s.library);
        for (const [k, v] of Object.entries(s.attributes)) if (!Array.isArray(v)) expect(tags[k]).toEqual(v);
        expect(tags).toMatchObject(CODE[s.name]);
      }
    } finally {
      await rx.close();
    }
  });
});

describe('console, none, sampling and bad values', () => {
  test('console writes one line per span to stderr, not stdout, and no file', async () => {
    const r = await run({ OTEL_TRACES_EXPORTER: 'console' });
    const lines = r.run!.stderr.trimEnd().split('\n');
    expect(lines.map((l) => l.split(' ')[1]).sort()).toEqual([
      'main.leaf',
      'main.leaf',
      'main.leaf',
      'main.main',
      'main.work',
    ]);
    expect(lines.find((l) => l.includes('status=Error'))).toMatch(
      /^span main\.leaf \S+ trace=[0-9a-f]{32} span=[0-9a-f]{16} parent=[0-9a-f]{16} scope=example\.com\/exporters\/leaf status=Error message="leaf failed" code\.function=leaf code\.namespace=example\.com\/exporters code\.filepath=example\.com\/exporters\/main\.go code\.lineno=14 i=2 /,
    );
    expect(r.tracesText).toBeUndefined();
  });

  test('none exports nothing; always_off samples nothing; ratio 0 with a parent-based sampler samples nothing', async () => {
    const none = await run({ OTEL_TRACES_EXPORTER: 'none' });
    expect(none.tracesText).toBeUndefined();
    expect(none.run!.stderr).toBe('');
    for (const env of [
      { OTEL_TRACES_SAMPLER: 'always_off' } as Record<string, string>,
      { OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '0' },
    ]) {
      const r = await run(env);
      expect(r.run!.stderr).toBe('');
      expect(r.tracesText).toMatch(/^\{"format":"instrgen-traces\/3","resource":\{.*\}\}\n$/);
      expect(r.traces).toEqual([]);
    }
  });

  test('bad values are reported on stderr and replaced by defaults; the program still runs and traces', async () => {
    const r = await run({
      OTEL_TRACES_SAMPLER: 'sometimes',
      OTEL_TRACES_SAMPLER_ARG: 'lots',
      OTEL_BSP_MAX_QUEUE_SIZE: 'big',
      OTEL_TRACES_EXPORTER: 'zipkin',
      OTEL_RESOURCE_ATTRIBUTES: 'novalue',
    });
    expect(r.run!.stderr).toContain('instrgen/rtlib: OTEL_TRACES_SAMPLER="sometimes" is not one of');
    expect(r.run!.stderr).toContain(
      'instrgen/rtlib: OTEL_BSP_MAX_QUEUE_SIZE="big" is not a positive whole number; using 2048',
    );
    expect(r.run!.stderr).toContain(
      'instrgen/rtlib: OTEL_TRACES_EXPORTER: "zipkin" is not one of file, otlp, jaeger, console, none; ignored',
    );
    expect(r.run!.stderr).toContain('instrgen/rtlib: OTEL_RESOURCE_ATTRIBUTES: "novalue" is not key=value; skipped');
    fileSpans(r);
  });
});

describe("a provider of the program's own", () => {
  test('set before the bootstrap, it records the spans of instrumented code with their code attributes', async () => {
    // The program installs an SDK provider that prints spans to stderr before main's bootstrap runs: the package-level
    // tracers delegate to it, the first provider set, so rtlib's exporters never see those spans.
    const own = files['main.go']
      .replace('\t"errors"\n', '\t"errors"\n\t"os"\n')
      .replace(
        '\t"go.opentelemetry.io/otel/codes"\n',
        '\t"go.opentelemetry.io/otel/codes"\n\t"go.opentelemetry.io/otel/exporters/stdout/stdouttrace"\n\tsdktrace "go.opentelemetry.io/otel/sdk/trace"\n',
      )
      .replace(
        'func main() {\n',
        'func main() {\n\ttheirs, _ := stdouttrace.New(stdouttrace.WithWriter(os.Stderr))\n\t__atel_otel.SetTracerProvider(sdktrace.NewTracerProvider(sdktrace.WithSyncer(theirs)))\n',
      )
      // Package-level tracers, as instrgen declares them: made before main runs, they delegate to the first provider set.
      .split(`__atel_otel.Tracer("${MODULE}/leaf")`)
      .join('__atel_leaf_tracer')
      .split(`__atel_otel.Tracer("${MODULE}")`)
      .join('__atel_tracer')
      .concat(
        `\nvar __atel_tracer = __atel_otel.Tracer("${MODULE}")\n\nvar __atel_leaf_tracer = __atel_otel.Tracer("${MODULE}/leaf")\n`,
      );
    expect(own).toContain('stdouttrace.New(');
    const r = await buildAndRun({ files: { ...files, 'main.go': own }, modulePath: MODULE, env: {} });
    if (r.build.exitCode !== 0 || !r.run) throw new Error(`the test program did not build\n${goRunReport(r)}`);
    expect(r.run.stdout).toBe('sum 5\n');
    expect(r.run.exitCode).toBe(0);
    const printed = r.run.stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Json);
    expect(printed.map((s) => s.Name).sort()).toEqual([
      'main.leaf',
      'main.leaf',
      'main.leaf',
      'main.main',
      'main.work',
    ]);
    for (const s of printed) {
      const attrs = Object.fromEntries((s.Attributes as Json[]).map((kv) => [kv.Key, kv.Value.Value]));
      expect(Object.fromEntries(Object.keys(CODE[s.Name]).map((k) => [k, attrs[k]]))).toEqual(CODE[s.Name]);
    }
    // Their own attributes are still there; rtlib's traces file has no span (its provider records none).
    expect(
      printed.filter((s) => s.Name === 'main.leaf').every((s) => (s.Attributes as Json[]).some((kv) => kv.Key === 'i')),
    ).toBe(true);
    expect(r.traces ?? []).toEqual([]);
  });
});

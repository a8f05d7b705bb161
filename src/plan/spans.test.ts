// Span rules on small in-memory modules: where the package tracer goes, the code attributes, and error results.
import { memoryFileSystem } from '../load/fileSystem';
import { runInject, runPrune } from '../pipeline';
import { buildConstrained, tracerFile } from './packageDecls';
import { FileFacts } from '../symbols/program';
import { resultEntries } from './errorResult';

const mod = (files: Record<string, string>) =>
  memoryFileSystem(
    Object.fromEntries(
      Object.entries({ 'go.mod': 'module example.com/m\n', ...files }).map(([p, t]) => [`/m/${p}`, t]),
    ),
  );

/** Injects, checks that inject is idempotent and that prune restores every file, and returns the new texts. */
function roundTrip(files: Record<string, string>): (f: string) => string {
  const r = runInject({ fs: mod(files), cwd: '/m', patterns: ['./...'] });
  const out = (f: string) => r.after.get(f) ?? files[f];
  const instrumented = Object.fromEntries(Object.keys(files).map((f) => [f, out(f)]));
  const again = runInject({ fs: mod(instrumented), cwd: '/m', patterns: ['./...'] });
  expect([...again.after].filter(([f, t]) => t !== instrumented[f])).toEqual([]);
  const pruned = runPrune({ fs: mod(instrumented), cwd: '/m', patterns: ['./...'] });
  for (const f of Object.keys(files)) expect(pruned.after.get(f) ?? instrumented[f]).toBe(files[f]);
  return out;
}

const main = (body: string, extra = '') =>
  `package main\n\nimport "instrgen.dev/rtlib"\n${extra}\nfunc main() {\n\trtlib.AutotelEntryPoint()\n${body}\n}\n`;

test('build constraints: lines before the package clause, GOOS/GOARCH file name suffixes, cgo', () => {
  expect(buildConstrained('a/x.go', 'package x\n')).toBe(false);
  expect(buildConstrained('a/x_linux.go', 'package x\n')).toBe(true);
  expect(buildConstrained('a/x_linux_amd64_test.go', 'package x\n')).toBe(true);
  expect(buildConstrained('a/x_arm64.go', 'package x\n')).toBe(true);
  expect(buildConstrained('a/linux.go', 'package x\n')).toBe(false);
  expect(buildConstrained('a/x_unix.go', 'package x\n')).toBe(false);
  expect(buildConstrained('a/x.go', '//go:build !windows\n\npackage x\n')).toBe(true);
  expect(buildConstrained('a/x.go', '// +build linux\n\npackage x\n')).toBe(true);
  expect(buildConstrained('a/x.go', 'package x\n\n//go:build linux\n')).toBe(false);
  expect(buildConstrained('a/x.go', 'package x\n\n// #include <stdio.h>\nimport "C"\n')).toBe(true);
});

test('one tracer per package, in a file every build compiles; the spans and code locations stay in their own files', () => {
  const out = roundTrip({
    'main.go': main('\tlib.A()\n\tlib.B()', 'import "example.com/m/lib"\n'),
    'lib/a_linux.go': 'package lib\n\nfunc A() {}\n',
    'lib/b.go': '//go:build !windows\n\npackage lib\n\nfunc B() { c() }\n',
    'lib/c.go': 'package lib\n\nfunc c() {}\n',
    'lib/c_test.go': 'package lib\n\nimport "testing"\n\nfunc TestC(t *testing.T) { c() }\n',
  });
  expect(out('lib/c.go')).toContain('\nvar __atel_tracer = __atel_otel.Tracer("example.com/m/lib")\n');
  for (const f of ['lib/a_linux.go', 'lib/b.go']) expect(out(f)).not.toContain('var __atel_tracer');
  expect(out('lib/a_linux.go')).toContain(
    '__atel_tracer.Start(__atel_tracing_ctx, "lib.A")\n\t_ = __atel_child_tracing_ctx\n',
  );
  expect(out('lib/a_linux.go')).toMatch(
    /\nvar __atel_code_A = __atel_rtlib\.Code\("example\.com\/m\/lib", "lib\.A", "A", "example\.com\/m\/lib", "example\.com\/m\/lib\/a_linux\.go", 3\)\n$/,
  );
  expect(out('lib/a_linux.go')).toContain(
    'import (\n\t__atel_context "context"\n\t__atel_rtlib "instrgen.dev/rtlib"\n)',
  );
  expect(out('main.go')).toContain('var __atel_tracer = __atel_otel.Tracer("example.com/m")');
});

test('a package whose files are all build-constrained looks its tracer up per call, and records no errors', () => {
  const out = roundTrip({
    'main.go': main('\t_ = lib.A()', 'import "example.com/m/lib"\n'),
    'lib/a_linux.go': 'package lib\n\nimport "errors"\n\nfunc A() error { return errors.New("x") }\n',
  });
  expect(out('lib/a_linux.go')).toContain('__atel_otel.Tracer("example.com/m/lib").Start(__atel_tracing_ctx, "lib.A")');
  expect(out('lib/a_linux.go')).toContain('func A(__atel_tracing_ctx __atel_context.Context) error {');
  expect(out('lib/a_linux.go')).not.toContain('var __atel_tracer');
});

test('the tracer file: unconstrained, editable, a test file only where every span is in one, span files first', () => {
  const file = (path: string, extra: Partial<FileFacts> = {}): FileFacts => ({
    path,
    dir: 'lib',
    pkg: 'example.com/m/lib',
    pkgName: 'lib',
    text: 'package lib\n',
    eol: '\n',
    generated: false,
    ignored: false,
    importInsertAt: 0,
    isTest: path.endsWith('_test.go'),
    imports: {},
    importPaths: [],
    ...extra,
  });
  const files = [
    file('lib/a.go'),
    file('lib/b.go'),
    file('lib/c_linux.go'),
    file('lib/d_test.go'),
    file('lib/e.go', { generated: true }),
  ];
  expect(tracerFile(files, new Set(['lib/b.go']))).toBe('lib/b.go');
  expect(tracerFile(files, new Set(['lib/c_linux.go']))).toBe('lib/a.go');
  expect(tracerFile(files, new Set(['lib/d_test.go']))).toBe('lib/d_test.go');
  expect(tracerFile(files, new Set(['lib/d_test.go', 'lib/c_linux.go']))).toBe('lib/a.go');
  expect(
    tracerFile(
      [file('lib/e.go', { generated: true }), file('lib/f.go', { ignored: true }), file('lib/g_windows.go')],
      new Set(['lib/g_windows.go']),
    ),
  ).toBeUndefined();
  // An external test package (its own import path) has test files only.
  const ext = [
    file('lib/x_test.go', { pkg: 'example.com/m/lib_test' }),
    file('lib/y_test.go', { pkg: 'example.com/m/lib_test' }),
  ];
  expect(tracerFile(ext, new Set(['lib/y_test.go']))).toBe('lib/y_test.go');
});

test('error results are named where needed, read by the end helper, and prune restores the result lists', () => {
  const out = roundTrip({
    'main.go': main(
      '\t_, _ = a()\n\t_ = b()\n\t_, _ = c()\n\t_, _ = d()\n\t_ = e()\n\t_, _ = f()\n\t_ = g()',
      'import "errors"\n' +
        '\nfunc a() (int, error) { return 0, errors.New("a") }\n\n' +
        'func b() error { return nil }\n\n' +
        'func c() (n int, err error) { return }\n\n' +
        'func d() (_ int, _ error) { return }\n\n' +
        'func e() (error) { return nil }\n\n' +
        'func f() (func(int, string) error, error) { return nil, nil }\n\n' +
        'func g() /* why */ error { return nil }\n',
    ),
  });
  const text = out('main.go');
  expect(text).toContain(') (__atel_ret0 int, __atel_ret1 error) {');
  expect(text).toContain('defer __atel_end(__atel_span, &__atel_ret1)');
  expect(text).toContain('func b(__atel_tracing_ctx __atel_context.Context) (__atel_err error) {');
  expect(text).toContain('func c(__atel_tracing_ctx __atel_context.Context) (n int, err error) {');
  expect(text).toContain('defer __atel_end(__atel_span, &err)');
  expect(text).toContain('func d(__atel_tracing_ctx __atel_context.Context) (_ int, __atel_blank error) {');
  expect(text).toContain('func e(__atel_tracing_ctx __atel_context.Context) (__atel_ret0 error) {');
  expect(text).toContain(
    'func f(__atel_tracing_ctx __atel_context.Context) (__atel_ret0 func(int, string) error, __atel_ret1 error) {',
  );
  expect(text).toContain('func g(__atel_tracing_ctx __atel_context.Context) /* why */ error {');
  expect(text).toContain('\n// __atel_end ends a span');
});

test('result lists split at top-level commas only', () => {
  expect(
    resultEntries('a, b map[string]int, c func(x, y int) (int, error), d struct{ p, q int "t,u" }').map((e) => e.text),
  ).toEqual(['a', 'b map[string]int', 'c func(x, y int) (int, error)', 'd struct{ p, q int "t,u" }']);
});

test('CRLF files and files without a final newline round-trip', () => {
  roundTrip({ 'main.go': main('\t_ = h()', 'func h() error { return nil }\n').replace(/\n/g, '\r\n') });
  roundTrip({ 'main.go': main('\t_ = h()', 'func h() error { return nil }\n').replace(/\n$/, '') });
});

test('non-ASCII names round-trip: an own context parameter, a root file importing rtlib under another name', () => {
  const out = roundTrip({
    'main.go':
      'package main\n\nimport (\n\t"context"\n\n\trtlibü "instrgen.dev/rtlib"\n)\n\nfunc grüße(ctxü context.Context) error { return nil }\n\nfunc main() {\n\trtlibü.AutotelEntryPoint()\n\t_ = grüße(context.Background())\n}\n',
  });
  expect(out('main.go')).toContain('\tctxü = __atel_child_tracing_ctx\n');
  expect(out('main.go')).toContain('__atel_ts := rtlibü.NewTracingState()');
  expect(out('main.go')).toContain('var __atel_code_grüße = __atel_rtlib.Code(');
});

test('a //go:build ignore program beside a library is a package of its own: its spans look the tracer up per call', () => {
  const out = roundTrip({
    'main.go': main('\tlib.A()', 'import "example.com/m/lib"\n'),
    'lib/a.go': 'package lib\n\nfunc A() {}\n',
    'lib/gen.go':
      '//go:build ignore\n\npackage main\n\nimport "instrgen.dev/rtlib"\n\nfunc main() {\n\trtlib.AutotelEntryPoint()\n\tstep()\n}\n\nfunc step() {}\n',
  });
  expect(out('lib/a.go')).toContain('var __atel_tracer = __atel_otel.Tracer("example.com/m/lib")');
  expect(out('lib/gen.go')).toContain(
    '__atel_otel.Tracer("example.com/m/lib#main").Start(__atel_tracing_ctx, "main.step")',
  );
  expect(out('lib/gen.go')).not.toContain('var __atel_tracer');
});

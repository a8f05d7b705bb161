// Proves the standard library type table: receivers typed by std results resolve, generics stay unknown, and the table matches GOROOT.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Codes } from '../diagnostics/diagnostic';
import { memoryFileSystem } from '../load/fileSystem';
import { goRootFromGo } from '../stdlib/goroot';
import { parseGo } from '../parse/parse';
import { runInject } from '../pipeline';
import { analyzeModule } from './analyze';
import { Program } from './program';
import { formatStdlibTypes, scanStdlibTypes, stdlibTypes } from './stdlibTypeScan';
import { StdlibTypeTable, TYPES_GENERATED_BY } from '../stdlib/types';
import { StdlibTypes } from './stdlibTypes';

const TABLE_FILE = path.join(__dirname, '..', 'stdlib', 'types.json');
// Read as text, not imported, so the drift test can also compare the exact bytes the script writes.
const committedText = readFileSync(TABLE_FILE, 'utf8');
const committed = JSON.parse(committedText) as StdlibTypeTable;

function analyze(files: Record<string, string>): Program {
  return analyzeModule(
    'example.com/m',
    Object.entries(files).map(([p, text]) => ({
      file: { path: p, dir: p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.', text },
      tree: parseGo(text).tree,
    })),
  );
}

/** A module type whose methods share their names with the std methods the examples call, so that an unresolved receiver shows. */
const lookalike = `
type Set struct{}
func (s *Set) Insert(x int) bool { return true }
func (s *Set) Name() string { return "" }
func (s *Set) Lookup(x string) int { return 0 }
func (s *Set) ReadString(b byte) string { return "" }
func (s *Set) Replace(x string) string { return x }
func (s *Set) Write(p []byte) (int, error) { return 0, nil }
func (s *Set) Get(k string) string { return "" }
func (s *Set) Query() int { return 0 }
func (s *Set) String() string { return "" }
func (s *Set) Pos() int { return 0 }
func (s *Set) Load() *Set { return s }
func (s *Set) Encode() string { return "" }
`;

/** Unresolved references in a main package made of `imports`, the look-alike type, and `body` as main's body. */
function unresolvedIn(imports: string[], body: string, extra = ''): string[] {
  const text = `package main\nimport (\n${imports.map((i) => `\t"${i}"\n`).join('')})\n${lookalike}${extra}\nfunc main() {\n${body}\n}\n`;
  const p = analyze({ 'main.go': text });
  return p.unresolved.map((u) => `${u.name} ${u.pos.line}:${u.pos.col}`);
}

describe('receivers typed by standard library results resolve', () => {
  test.each<[string, string[], string, string?]>([
    [
      'a function result, through two method results',
      ['go/types'],
      '\tvar obj types.Object\n\ttypes.NewPackage("p", "p").Scope().Insert(obj)',
    ],
    [
      'a method result of a local',
      ['go/token'],
      '\tfset := token.NewFileSet()\n\tvar pos token.Pos\n\t_ = fset.File(pos).Name()',
    ],
    [
      'a module struct field of std pointer type',
      ['go/types'],
      '\tvar pkg Package\n\tpkg.Types.Scope().Lookup("x")',
      'type Package struct{ Types *types.Package }',
    ],
    ['a package variable and a constructor', ['bufio', 'os'], "\tbufio.NewReader(os.Stdin).ReadString('\\n')"],
    ['a constructor result', ['strings'], '\t_ = strings.NewReplacer("a", "b").Replace("x")'],
    [
      'both results of a multi-value function',
      ['net/http'],
      '\treq, err := http.NewRequest("GET", "/", nil)\n\t_ = err.Error()\n\treq.Write(nil)',
    ],
    ['a package variable', ['os'], '\tos.Stdout.Write(nil)'],
    [
      'fields of std structs, and a method of a std map type',
      ['net/http'],
      '\tvar req *http.Request\n\t_ = req.URL.Query().Get("x")',
    ],
    [
      'an index of a std map field, then an interface field',
      ['go/ast', 'go/types'],
      '\tvar info *types.Info\n\tvar e ast.Expr\n\t_ = info.Types[e].Type.String()',
    ],
    [
      'a range over a std slice of interfaces',
      ['go/ast'],
      '\tvar file *ast.File\n\tfor _, d := range file.Decls {\n\t\td.Pos()\n\t}',
    ],
    [
      'a range over a std named map type',
      ['net/url'],
      '\tq := url.Values{}\n\tfor _, vs := range q {\n\t\t_ = vs[0]\n\t}\n\tq.Encode()',
    ],
    ['an alias of a std interface', ['os'], '\tfi, _ := os.Stat("x")\n\t_ = fi.Name()'],
    [
      'a method promoted from an embedded std type into a module struct',
      ['bufio'],
      '\tvar w W\n\tw.Write(nil)',
      'type W struct{ *bufio.Writer }',
    ],
    ['a method value of a std method result', ['strings'], '\tf := strings.NewReplacer().Replace\n\t_ = f("x")'],
    // A rest parameter: jest-each takes a test function with more parameters than its row has for one that waits
    // for a `done` callback, and the three-element rows would hang until the test timeout.
  ])('%s', (_, imports, body, ...extra) => {
    expect(unresolvedIn(imports, body, extra[0])).toEqual([]);
  });

  test('without the table the same chains were unresolved: a package outside it keeps today’s behaviour', () => {
    expect(
      unresolvedIn(
        ['golang.org/x/sync/errgroup'],
        '\tg, _ := errgroup.WithContext(nil)\n\tg.Go(nil)\n\tg.Wait()\n\terrgroup.New().Insert(1)',
      ),
    ).toEqual(['Insert 24:17']);
  });

  test('a result involving a type parameter stays unknown: sync/atomic.Pointer[T].Load', () => {
    expect(
      unresolvedIn(
        ['sync/atomic'],
        '\tvar p atomic.Pointer[Set]\n\tp.Load().Insert(1)\n\t_ = p.CompareAndSwap(nil, nil)',
      ),
    ).toEqual(['Insert 22:11']);
  });

  test('calls through std types resolve to no module function; module calls on std results still do', () => {
    const p = analyze({
      'main.go': `package main
import "strings"
type T struct{}
func (T) Replace(s string) string { return s }
func wrap(s string) T { return T{} }
func main() {
	r := strings.NewReplacer("a", "b")
	wrap(r.Replace("x")).Replace("y")
}`,
    });
    // The walk meets the outer call first; r.Replace gets no target at all.
    expect(p.calls.map((c) => c.targets.join(','))).toEqual(['example.com/m.T.Replace', 'example.com/m.wrap']);
    // wrap's argument is one value, known from the std method's results.
    expect(p.calls[1].args.singleCallValues).toBe(1);
  });
});

test('a module method named like a std method is no longer kept by types.NewPackage(..).Scope().Insert(obj)', () => {
  const files = {
    'go.mod': 'module example.com/m\n',
    'intsets/sparse.go':
      'package intsets\ntype Sparse struct{ n int }\nfunc (s *Sparse) Insert(x int) bool { s.n++; return true }\n',
    'main.go': `package main
import (
	"go/types"
	"instrgen.dev/rtlib"
	"example.com/m/intsets"
)
func main() {
	rtlib.AutotelEntryPoint()
	var obj types.Object
	types.NewPackage("p", "p").Scope().Insert(obj)
	var s intsets.Sparse
	s.Insert(1)
}
`,
  };
  const r = runInject({
    fs: memoryFileSystem(Object.fromEntries(Object.entries(files).map(([p, t]) => [`/m/${p}`, t]))),
    cwd: '/m',
    patterns: ['./...'],
  });
  const insert = r.decisions.byId.get('example.com/m/intsets.(*Sparse).Insert')!;
  expect(insert.addParam).toBe(true);
  expect(insert.kept).toBeUndefined();
  expect(r.diagnostics.filter((d) => d.code === Codes.UnresolvedReference || d.code === Codes.UnresolvedCall)).toEqual(
    [],
  );
});

describe('src/stdlib/types.json', () => {
  test.each<[string, unknown]>([
    ['go/types.NewPackage', { f: [['ptr', 'go/types.Package']] }],
    ['net/http.NewRequest', { f: [['ptr', 'net/http.Request'], 'error'] }],
    ['os.Stdout', { v: ['ptr', 'os.File'] }],
    [
      'net/url.Values',
      {
        u: ['map', 'string', ['slice', 'string']],
        m: { Add: [], Del: [], Encode: ['string'], Get: ['string'], Has: ['bool'], Set: [] },
      },
    ],
    ['go/ast.Decl', { i: { End: ['go/token.Pos'], Pos: ['go/token.Pos'] } }],
    ['os.FileInfo', { a: 'io/fs.FileInfo' }],
    ['error', { i: { Error: ['string'] } }],
    // Type parameters give unknown results; the methods that do not use them keep theirs.
    ['sync/atomic.Pointer', { s: {}, m: { CompareAndSwap: ['bool'], Load: [null], Store: [], Swap: [null] } }],
  ])('holds %s', (key, entry) => {
    expect(committed.entries[key]).toEqual(entry);
  });

  test('leaves out pseudo-packages and names whose build targets disagree', () => {
    const keys = Object.keys(committed.entries);
    expect(keys.filter((k) => k.startsWith('unsafe.') || k.startsWith('builtin.'))).toEqual([]);
    // A constant on Linux, a variable on Plan 9.
    expect(committed.entries['syscall.ENOENT']).toBeUndefined();
    // An unexported type is there when exported API reaches it: os.File embeds *os.file.
    expect(committed.entries['os.file']).toBeDefined();
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(committedText.split('\n')[1]).toBe(`  "comment": ${JSON.stringify(TYPES_GENERATED_BY)},`);
  });

  test('equals a fresh scan of the installed GOROOT, byte for byte (regenerate with npx tsx scripts/stdlib-types.ts)', () => {
    // Go is a required dependency of this project's tests: a missing `go` fails here rather than skipping the check.
    let goroot: string;
    try {
      goroot = goRootFromGo();
    } catch (e) {
      throw new Error(`\`go env GOROOT\` failed (${(e as Error).message}); install Go with scripts/install-go.sh`);
    }
    const fresh = stdlibTypes(goroot);
    expect(formatStdlibTypes(fresh)).toBe(committedText);
  });
});

describe('stdlibTypes (scanner and lookup rules on a miniature GOROOT)', () => {
  let goroot: string;
  let table: StdlibTypeTable;
  const write = (rel: string, text: string) => {
    const file = path.join(goroot, 'src', rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };

  beforeAll(() => {
    goroot = mkdtempSync(path.join(os.tmpdir(), 'stdlib-types-'));
    writeFileSync(path.join(goroot, 'VERSION'), 'go0.0.test\ntime 2000-01-01\n');
    write(
      'builtin/builtin.go',
      'package builtin\n\ntype int int\ntype string string\ntype any = interface{}\ntype error interface {\n\tError() string\n}\n',
    );
    write(
      'unsafe/unsafe.go',
      'package unsafe\n\ntype ArbitraryType int\ntype Pointer *ArbitraryType\nfunc Slice(ptr *ArbitraryType, len int) []ArbitraryType\n',
    );
    write('errors/errors.go', 'package errors\n\nfunc New(text string) error { return nil }\n');
    write(
      'io/io.go',
      'package io\n\nimport "errors"\n\ntype Reader interface {\n\tRead(p []byte) (n int, err error)\n}\n\nvar EOF = errors.New("EOF")\n',
    );
    write(
      'a/a.go',
      `package a

import (
	"a/internal/hid"
	"golang.org/x/v"
	stream "io"
)

type Pointer[T any] struct{ v *T }

func (p *Pointer[T]) Load() *T { return p.v }
func (p *Pointer[U]) Swap(n *U) (old *U, ok bool) { return nil, false }

func Map[T any](x T) T { return x }

type File struct {
	*file
	Name string
}
type file struct {
	Fd     int
	hidden int
}

func (f *file) Close() error { return nil }
func (f *file) sync()        {}
func Open() (*File, error)   { return nil, nil }
func New() *File             { return nil }

var (
	Default = New()
	A, B    = Open()
	S       = "x"
	X       = hid.Thing{}
	R       stream.Reader
)

type Values map[string][]string

func (v Values) Get(k string) string { return "" }

type Alias = stream.Reader
type RC interface {
	stream.Reader
	Close() error
	hidden()
}
type Number interface{ ~int | ~float64 }
type L struct{ X int }
type R2 struct{ X string }
type Both struct {
	L
	R2
}

func V() *v.T { return nil }
`,
    );
    write(
      'a/a_linux.go',
      'package a\n\nfunc Fd() int { return 0 }\n\nvar Errno = 1\n\ntype Stat struct {\n\tSize int64\n\tDev  uint64\n}\n',
    );
    write(
      'a/a_windows.go',
      'package a\n\nfunc Fd() uintptr { return 0 }\n\nconst Errno = 2\n\ntype Stat struct {\n\tSize int64\n\tDev  uint32\n}\n',
    );
    write(
      'a/cgo.go',
      'package a\n\n// #include <stdio.h>\nimport "C"\n\nfunc CInt() (C.int, error) { return 0, nil }\n',
    );
    write('a/internal/hid/h.go', 'package hid\n\ntype Thing struct{ N int }\ntype Unused struct{}\n');
    write('vendor/golang.org/x/v/v.go', 'package v\n\ntype T struct{ Vendored bool }\n');
    write('a/a_test.go', 'package a\n\nfunc Tested() int { return 0 }\n');
    write('cmd/tool/t.go', 'package tool\n\nfunc Tool() int { return 0 }\n');
    table = stdlibTypes(goroot);
  });
  afterAll(() => rmSync(goroot, { recursive: true, force: true }));

  test('collects exported API and the types it reaches, and leaves out what it cannot know', () => {
    expect(table).toEqual({
      generatedFrom: `go0.0.test ${path.join(goroot, 'src')}`,
      entries: {
        'a.A': { v: ['ptr', 'a.File'] },
        'a.Alias': { a: 'io.Reader' },
        'a.B': { v: 'error' },
        'a.Both': { s: {}, e: ['a.L', 'a.R2'] },
        'a.CInt': { f: [null, 'error'] },
        'a.Default': { v: ['ptr', 'a.File'] },
        'a.Fd': { f: [null] },
        'a.File': { s: { Name: 'string' }, e: [['ptr', 'a.file']] },
        'a.L': { s: { X: 'int' } },
        'a.New': { f: [['ptr', 'a.File']] },
        'a.Open': { f: [['ptr', 'a.File'], 'error'] },
        'a.Pointer': { s: {}, m: { Load: [null], Swap: [null, 'bool'] } },
        'a.R': { v: 'io.Reader' },
        'a.R2': { s: { X: 'string' } },
        'a.RC': { i: { Close: ['error'], Read: ['int', 'error'] } },
        'a.S': { v: 'string' },
        'a.Stat': { s: { Dev: null, Size: 'int64' } },
        'a.V': { f: [['ptr', 'vendor/golang.org/x/v.T']] },
        'a.Values': { u: ['map', 'string', ['slice', 'string']], m: { Get: ['string'] } },
        'a.X': { v: 'a/internal/hid.Thing' },
        'a.file': { s: { Fd: 'int' }, m: { Close: ['error'] } },
        'a/internal/hid.Thing': { s: { N: 'int' } },
        'errors.New': { f: ['error'] },
        error: { i: { Error: ['string'] } },
        'io.EOF': { v: 'error' },
        'io.Reader': { i: { Read: ['int', 'error'] } },
        'vendor/golang.org/x/v.T': { s: { Vendored: 'bool' } },
      },
    });
  });

  test('selects members as Go does: promoted through unexported embedded types, ambiguous at one depth, interfaces by the plan’s table', () => {
    const lookup = new StdlibTypes(table, (name) => name === 'io.Reader');
    const named = (pkg: string, name: string) => ({ k: 'named' as const, pkg, name });
    const file = named('a', 'File');
    expect(lookup.selection(file, 'Close')).toEqual({ k: 'method', results: [named('', 'error')] });
    expect(lookup.selection(file, 'Fd')).toEqual({ k: 'field', t: named('', 'int') });
    expect(lookup.selection(file, 'file')).toEqual({ k: 'field', t: { k: 'ptr', elem: named('a', 'file') } });
    expect(lookup.selection(named('a', 'Both'), 'X')).toEqual({ k: 'unknown' });
    expect(lookup.selection(named('a', 'Alias'), 'Read')).toEqual({
      k: 'method',
      results: [named('', 'int'), named('', 'error')],
    });
    // RC is not among the interfaces whose module implementations the plan keeps: a call through it may reach them.
    expect(lookup.selection(named('a', 'RC'), 'Read')).toEqual({ k: 'dispatch' });
    expect(lookup.selection(named('a', 'Pointer'), 'Load')).toEqual({ k: 'method', results: [undefined] });
    expect(lookup.selection(named('a', 'Stat'), 'Missing')).toEqual({ k: 'unknown' });
    expect(lookup.underlying(named('a', 'Values'))).toEqual({
      k: 'map',
      key: named('', 'string'),
      elem: { k: 'slice', elem: named('', 'string') },
    });
    expect(lookup.packageMember('a', 'Open')).toEqual({
      k: 'func',
      results: [{ k: 'ptr', elem: file }, named('', 'error')],
    });
    expect(lookup.packageMember('a', 'Map')).toBeUndefined();
  });

  test('reports the names it leaves out because build targets disagree', () => {
    expect(scanStdlibTypes(goroot).conflicts).toEqual(['a.Errno']);
  });
});

// Proves the committed standard library interface table: well-known interfaces have the right method types, and it matches GOROOT.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { INTERFACES_GENERATED_BY, StdlibInterfaceTable, StdlibMethod } from '../stdlib/interfaces';
import { formatStdlibInterfaces, goRootFromGo, stdlibInterfaces } from './stdlibInterfaceScan';

const TABLE_FILE = path.join(__dirname, '..', 'stdlib', 'interfaces.json');
// Read as text, not imported, so the drift test can also compare the exact bytes the script writes.
const committedText = readFileSync(TABLE_FILE, 'utf8');
const committed = JSON.parse(committedText) as StdlibInterfaceTable;

function methodsOf(table: StdlibInterfaceTable, name: string): StdlibMethod[] | undefined {
  return table.interfaces.find((i) => i.name === name)?.methods;
}

const bytes: ['slice', string] = ['slice', 'byte'];
const sortMethods: StdlibMethod[] = [
  { name: 'Len', params: [], results: ['int'] },
  { name: 'Less', params: ['int', 'int'], results: ['bool'] },
  { name: 'Swap', params: ['int', 'int'], results: [] },
];

describe('src/stdlib/interfaces.json', () => {
  test.each<[string, StdlibMethod[]]>([
    ['sort.Interface', sortMethods],
    [
      'container/heap.Interface',
      [
        ...sortMethods,
        { name: 'Pop', params: [], results: ['any'] },
        { name: 'Push', params: ['any'], results: [] },
      ].sort((a, b) => (a.name < b.name ? -1 : 1)),
    ],
    ['io.Writer', [{ name: 'Write', params: [bytes], results: ['int', 'error'] }]],
    ['fmt.Stringer', [{ name: 'String', params: [], results: ['string'] }]],
    ['error', [{ name: 'Error', params: [], results: ['string'] }]],
    [
      'net/http.Handler',
      [{ name: 'ServeHTTP', params: ['net/http.ResponseWriter', ['ptr', 'net/http.Request']], results: [] }],
    ],
    ['encoding/json.Marshaler', [{ name: 'MarshalJSON', params: [], results: [bytes, 'error'] }]],
    [
      'crypto/tls.ClientSessionCache',
      [
        { name: 'Get', params: ['string'], results: [['ptr', 'crypto/tls.ClientSessionState'], 'bool'] },
        { name: 'Put', params: ['string', ['ptr', 'crypto/tls.ClientSessionState']], results: [] },
      ],
    ],
  ])('holds %s with its method types', (name, methods) => {
    expect(methodsOf(committed, name)).toEqual(methods);
  });

  test('is sorted by name, methods too, with no empty or constraint-only interfaces', () => {
    const names = committed.interfaces.map((i) => i.name);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
    for (const i of committed.interfaces) {
      expect(i.methods.length).toBeGreaterThan(0);
      const ms = i.methods.map((m) => m.name);
      expect(ms).toEqual([...ms].sort());
    }
    // `any` and `comparable` are predeclared, not importable; constraints like these cannot hold values.
    expect(names).not.toContain('any');
    expect(names).not.toContain('comparable');
    expect(committedText.split('\n')[1]).toBe(`  "comment": ${JSON.stringify(INTERFACES_GENERATED_BY)},`);
  });

  test('equals a fresh scan of the installed GOROOT, byte for byte (regenerate with npx tsx scripts/stdlib-interfaces.ts)', () => {
    // Go is a required dependency of this project's tests: a missing `go` fails here rather than skipping the check.
    let goroot: string;
    try {
      goroot = goRootFromGo();
    } catch (e) {
      throw new Error(`\`go env GOROOT\` failed (${(e as Error).message}); install Go with scripts/install-go.sh`);
    }
    const fresh = stdlibInterfaces(goroot);
    expect({ comment: INTERFACES_GENERATED_BY, ...fresh }).toEqual(committed);
    expect(formatStdlibInterfaces(fresh)).toBe(committedText);
  });
});

describe('stdlibInterfaces (scanner rules on a miniature GOROOT)', () => {
  let goroot: string;
  const write = (rel: string, text: string) => {
    const file = path.join(goroot, 'src', rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };

  beforeAll(() => {
    goroot = mkdtempSync(path.join(os.tmpdir(), 'stdlib-ifaces-'));
    writeFileSync(path.join(goroot, 'VERSION'), 'go0.0.test\ntime 2000-01-01\n');
    write(
      'builtin/builtin.go',
      'package builtin\n\ntype int int\ntype string string\ntype any = interface{}\ntype comparable interface{ comparable }\n' +
        'type error interface {\n\tError() string\n}\n',
    );
    write('io/io.go', 'package io\n\ntype Reader interface {\n\tRead(p []byte) (n int, err error)\n}\n');
    write(
      'a/b/b.go',
      `package bee

import (
	"a/internal/hidden"
	stream "io"
)

// Embeds through an aliased import, an internal package (resolved though not collected) and error.
type ReadHider interface {
	stream.Reader
	hidden.Hider
	error
	Pair(a, b int, c ...string) (x, y int)
	Unnamed(int, string) error
}

type Number interface{ ~int | ~float64 }
type Cmp interface {
	comparable
	Less(other int) bool
}
type NotValue interface {
	int
	M()
}
type Any interface{}
type Defined stream.Reader
type Alias = ReadHider
type unexported interface{ M() }
`,
    );
    write('a/internal/hidden/h.go', 'package hidden\n\ntype Hider interface{ Hide() }\n');
    write('a/b/gen.go', '//go:build ignore\n\npackage main\n\ntype Generator interface{ Gen() }\n');
    write('a/b/b_test.go', 'package bee\n\ntype Tested interface{ T() }\n');
    write('cmd/tool/t.go', 'package tool\n\ntype Tool interface{ T() }\n');
    write('a/b/testdata/x.go', 'package x\n\ntype Data interface{ D() }\n');
  });
  afterAll(() => rmSync(goroot, { recursive: true, force: true }));

  test('collects exported value interfaces with expanded method sets, and nothing else', () => {
    const table = stdlibInterfaces(goroot);
    const read: StdlibMethod = { name: 'Read', params: [['slice', 'byte']], results: ['int', 'error'] };
    const readHider: StdlibMethod[] = [
      { name: 'Error', params: [], results: ['string'] },
      { name: 'Hide', params: [], results: [] },
      { name: 'Pair', params: ['int', 'int', 'string'], results: ['int', 'int'], variadic: true },
      read,
      { name: 'Unnamed', params: ['int', 'string'], results: ['error'] },
    ];
    expect(table).toEqual({
      generatedFrom: `go0.0.test ${path.join(goroot, 'src')}`,
      interfaces: [
        { name: 'a/b.Alias', methods: readHider },
        { name: 'a/b.Defined', methods: [read] },
        { name: 'a/b.ReadHider', methods: readHider },
        { name: 'error', methods: [{ name: 'Error', params: [], results: ['string'] }] },
        { name: 'io.Reader', methods: [read] },
      ],
    });
  });
});

describe('stdlibInterfaces (method types on a miniature GOROOT)', () => {
  let goroot: string;
  const write = (rel: string, text: string) => {
    const file = path.join(goroot, 'src', rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  };

  beforeAll(() => {
    goroot = mkdtempSync(path.join(os.tmpdir(), 'stdlib-iface-types-'));
    writeFileSync(path.join(goroot, 'VERSION'), 'go0.0.test\n');
    write(
      'builtin/builtin.go',
      'package builtin\n\ntype string string\ntype any = interface{}\ntype error interface {\n\tError() string\n}\n',
    );
    write(
      'p/p.go',
      'package p\n\ntype Node struct{}\n\n// A generic interface: what uses its parameter is unknown.\ntype Getter[T any] interface {\n\tGet(key string, def T) (T, *Node)\n}\n',
    );
    // One interface, two build targets: the parameter they spell differently is unknown, the others stay.
    write('p/sys_linux.go', 'package p\n\ntype Conn interface {\n\tControl(fd uintptr, f func(uintptr)) error\n}\n');
    write('p/sys_windows.go', 'package p\n\ntype Conn interface {\n\tControl(fd int32, f func(uintptr)) error\n}\n');
  });
  afterAll(() => rmSync(goroot, { recursive: true, force: true }));

  test('type parameters and types that differ between build targets are unknown (null), the rest is kept', () => {
    const table = stdlibInterfaces(goroot);
    expect(methodsOf(table, 'p.Getter')).toEqual([
      { name: 'Get', params: ['string', null], results: [null, ['ptr', 'p.Node']] },
    ]);
    expect(methodsOf(table, 'p.Conn')).toEqual([{ name: 'Control', params: [null, ['func', []]], results: ['error'] }]);
  });
});

// Unit tests of the dependency phase's pure parts: go.mod reading and edits, the record and its undoing, the plan.
import { GoGetRequest, planDependencies } from './dependencies';
import { readGoMod, withDirectRequirements, withLocalModule, withoutDirectives } from './goMod';
import { parseRecord, RECORD_FILE, sha256, undoRecord } from './record';
import { importPaths } from './runtime';
import { workspaceUses } from './workspace';

const GO_MOD = `module example.com/app

go 1.19

require (
	"github.com/google/go-cmp" v0.5.9 // for tests
	go.opentelemetry.io/otel v1.0.0
)

require golang.org/x/sys v0.3.0 // indirect

replace example.com/lib => ../lib
`;

describe('readGoMod', () => {
  test('reads module, go, requires in blocks and lines (quoted or not), replaces', () => {
    const f = readGoMod(GO_MOD);
    expect(f.module).toBe('example.com/app');
    expect(f.go).toBe('1.19');
    expect([...f.requires]).toEqual([
      ['github.com/google/go-cmp', 'v0.5.9'],
      ['go.opentelemetry.io/otel', 'v1.0.0'],
      ['golang.org/x/sys', 'v0.3.0'],
    ]);
    expect([...f.replaces]).toEqual([['example.com/lib', '../lib']]);
  });
});

describe('withDirectRequirements', () => {
  const otel = new Map([['go.opentelemetry.io/otel', 'v1.1.0']]);
  test('one requirement goes as a line after the last require statement, two as a block; prune takes them out again', () => {
    const one = withDirectRequirements(GO_MOD, otel);
    expect(one).toBe(GO_MOD.replace('// indirect\n', '// indirect\n\nrequire go.opentelemetry.io/otel v1.1.0\n'));
    const two = withDirectRequirements(GO_MOD, new Map([['go.opentelemetry.io/otel/trace', 'v1.1.0'], ...otel]));
    expect(two).toContain(
      '// indirect\n\nrequire (\n\tgo.opentelemetry.io/otel v1.1.0\n\tgo.opentelemetry.io/otel/trace v1.1.0\n)\n\nreplace',
    );
    expect(withoutDirectives(one, otel, new Map())).toBe(GO_MOD);
  });

  test('without requirements: before the first replace, else at the end', () => {
    expect(withDirectRequirements('module m\n\ngo 1.19\n\nreplace a => ../a\n', otel)).toBe(
      'module m\n\ngo 1.19\n\nrequire go.opentelemetry.io/otel v1.1.0\n\nreplace a => ../a\n',
    );
    expect(withDirectRequirements('module m\n\ngo 1.19\n', otel)).toBe(
      'module m\n\ngo 1.19\n\nrequire go.opentelemetry.io/otel v1.1.0\n',
    );
    expect(withDirectRequirements('module m\n', new Map())).toBe('module m\n');
  });
});

describe('withoutDirectives', () => {
  test('takes out exactly the lines instrgen added, and a block it empties, leaving the rest byte for byte', () => {
    const added = withLocalModule(GO_MOD, 'instrgen.dev/rtlib', './.instrgen/rtlib');
    expect(readGoMod(added).replaces.get('instrgen.dev/rtlib')).toBe('./.instrgen/rtlib');
    const back = withoutDirectives(
      added,
      new Map([['instrgen.dev/rtlib', 'v0.0.0-00010101000000-000000000000']]),
      new Map([['instrgen.dev/rtlib', './.instrgen/rtlib']]),
    );
    expect(back).toBe(GO_MOD);
    const sysGone = withoutDirectives(GO_MOD, new Map([['golang.org/x/sys', 'v0.3.0']]), new Map());
    expect(sysGone).toBe(GO_MOD.replace('require golang.org/x/sys v0.3.0 // indirect\n\n', ''));
  });

  test('leaves a requirement whose version the user changed', () => {
    expect(withoutDirectives(GO_MOD, new Map([['go.opentelemetry.io/otel', 'v1.1.0']]), new Map())).toBe(GO_MOD);
  });

  test('drops a block left empty', () => {
    const text = 'module m\n\ngo 1.19\n\nrequire (\n\tgo.opentelemetry.io/otel v1.1.0 // indirect\n)\n';
    expect(withoutDirectives(text, new Map([['go.opentelemetry.io/otel', 'v1.1.0']]), new Map())).toBe(
      'module m\n\ngo 1.19\n',
    );
  });
});

describe('importPaths', () => {
  test('grouped, single, named, dot and blank imports; not paths quoted in comments or code', () => {
    const text = `package p

import "fmt"
import x "example.com/x"

import (
	// "commented/out"
	. "example.com/dot"
	_ "example.com/blank"
	"go.opentelemetry.io/otel"
)

var s = "not/an/import"
`;
    expect(importPaths(text)).toEqual([
      'fmt',
      'example.com/x',
      'example.com/dot',
      'example.com/blank',
      'go.opentelemetry.io/otel',
    ]);
  });
});

describe('undoRecord', () => {
  const before = 'module m\n\ngo 1.19\n';
  const after = 'module m\n\ngo 1.19\n\nrequire go.opentelemetry.io/otel v1.1.0\n';
  const sumAfter =
    'go.opentelemetry.io/otel v1.1.0 h1:x=\ngo.opentelemetry.io/otel v1.1.0/go.mod h1:y=\ngithub.com/google/go-cmp v0.5.9/go.mod h1:z=\n';
  const record = parseRecord(
    JSON.stringify({
      note: '',
      files: [{ path: '.instrgen/rtlib/rtlib.go', sha256: sha256('package rtlib\n') }],
      goMod: { before, afterSha256: sha256(after), requires: { 'go.opentelemetry.io/otel': 'v1.1.0' }, replaces: {} },
      goSum: { before: null, afterSha256: sha256(sumAfter), added: sumAfter.trim().split('\n') },
    }),
  );

  test('unchanged since inject: go.mod back byte for byte, go.sum and the added files removed', () => {
    const files: Record<string, string> = {
      'go.mod': after,
      'go.sum': sumAfter,
      '.instrgen/rtlib/rtlib.go': 'package rtlib\n',
    };
    const undo = undoRecord(record, (f) => files[f]);
    expect([...undo.texts]).toEqual([['go.mod', before]]);
    expect(undo.removed.sort()).toEqual(['.instrgen/rtlib/rtlib.go', RECORD_FILE, 'go.sum'].sort());
    expect(undo.kept).toEqual([]);
  });

  test('changed since: only what inject added goes; a file the user edited is kept', () => {
    const userMod = after + '\nrequire github.com/google/go-cmp v0.5.9\n';
    const userSum = sumAfter + 'github.com/google/go-cmp v0.5.9 h1:w=\n';
    const files: Record<string, string> = {
      'go.mod': userMod,
      'go.sum': userSum,
      '.instrgen/rtlib/rtlib.go': 'package rtlib // mine\n',
    };
    const undo = undoRecord(record, (f) => files[f]);
    expect(undo.texts.get('go.mod')).toBe('module m\n\ngo 1.19\n\nrequire github.com/google/go-cmp v0.5.9\n');
    // The go-cmp /go.mod line inject added stays: the user's requirement needs it now.
    expect(undo.texts.get('go.sum')).toBe(
      'github.com/google/go-cmp v0.5.9/go.mod h1:z=\ngithub.com/google/go-cmp v0.5.9 h1:w=\n',
    );
    expect(undo.kept).toEqual(['.instrgen/rtlib/rtlib.go']);
    expect(undo.removed).toEqual([RECORD_FILE]);
  });
});

describe('planDependencies', () => {
  const runtime = {
    files: new Map([['rtlib.go', 'package rtlib\n\nimport (\n\t"os"\n\n\t"go.opentelemetry.io/otel/sdk/trace"\n)\n']]),
    requires: new Map([
      ['go.opentelemetry.io/otel', 'v1.1.0'],
      ['go.opentelemetry.io/otel/sdk', 'v1.1.0'],
    ]),
    goVersion: '1.19',
  };
  const instrumented =
    'package main\n\nimport (\n\t__atel_context "context"\n\n\t__atel_otel "go.opentelemetry.io/otel"\n\t__atel_rtlib "instrgen.dev/rtlib"\n)\n';
  const input = (goMod: string) => ({
    modulePath: 'example.com/app',
    root: '/m',
    goMod,
    goSum: undefined,
    before: new Map([['main.go', 'package main\n\nimport "fmt"\n']]),
    after: new Map([['main.go', instrumented]]),
    rtlibPath: 'instrgen.dev/rtlib',
    vendored: false,
    record: true,
  });

  test("adds the runtime library, replaced, and asks go get for every new import at the version go.mod already has, else the runtime library's", () => {
    const requests: GoGetRequest[] = [];
    const plan = planDependencies(
      input('module example.com/app\n\ngo 1.19\n\nrequire go.opentelemetry.io/otel v1.0.0\n'),
      {
        runtime,
        goGet: (r) => {
          requests.push(r);
          return { ok: true, goMod: r.goMod + '\nrequire go.opentelemetry.io/otel/sdk v1.0.0\n', goSum: 'sums\n' };
        },
      },
    );
    expect(requests[0].args).toEqual(['go.opentelemetry.io/otel@v1.0.0', 'go.opentelemetry.io/otel/sdk/trace@v1.0.0']);
    expect([...requests[0].localModules.keys()]).toEqual(['.instrgen/rtlib']);
    expect([...plan.files.keys()].sort()).toEqual([
      '.instrgen/added.json',
      '.instrgen/rtlib/go.mod',
      '.instrgen/rtlib/rtlib.go',
      'go.mod',
      'go.sum',
    ]);
    expect(plan.files.get('.instrgen/rtlib/rtlib.go')).toBe(runtime.files.get('rtlib.go'));
    const record = parseRecord(plan.files.get(RECORD_FILE)!);
    expect(record.goMod!.requires).toEqual({
      'instrgen.dev/rtlib': 'v0.0.0-00010101000000-000000000000',
      'go.opentelemetry.io/otel/sdk': 'v1.0.0',
    });
  });

  test('--otel-version chooses the version of OTel modules go.mod lacks; --no-go-get gives the command instead', () => {
    const plan = planDependencies(input('module example.com/app\n\ngo 1.19\n'), { runtime, otelVersion: 'v1.2.0' });
    expect(plan.goGetCommand).toBe('go get go.opentelemetry.io/otel@v1.2.0 go.opentelemetry.io/otel/sdk/trace@v1.2.0');
    expect(plan.files.get('go.mod')).toContain('replace instrgen.dev/rtlib => ./.instrgen/rtlib');
  });

  test('a runtime library the module already requires or replaces is not added again', () => {
    const plan = planDependencies(
      input('module example.com/app\n\ngo 1.19\n\nreplace instrgen.dev/rtlib => ../rtlib\n'),
      { runtime },
    );
    expect([...plan.files.keys()].filter((f) => f.includes('rtlib'))).toEqual([]);
    expect(plan.goGetCommand).toBe('go get go.opentelemetry.io/otel@v1.1.0');
  });
});

describe('workspaceUses', () => {
  test('use directives in blocks and lines, quoted or not, comments ignored', () => {
    const goWork = 'go 1.19\n\nuse (\n\t./app // the program\n\t"./lib"\n)\n\nuse ../shared\n';
    expect(workspaceUses(goWork)).toEqual(['./app', './lib', '../shared']);
  });
});

// The warnings of function-typed positions that keep their types (IG2016), on the testdata cases that show each kind
// of position grouped: where a counterpart keeps its type, the warning names it, says why and points to the place.
import { memoryFileSystem } from '../load/fileSystem';
import { runInject } from '../pipeline';
import { Codes, formatDiagnostic } from '../diagnostics/diagnostic';
import { listCases } from '../testing/cases';

const ROOT = '/m';

function groupWarnings(name: string): string[] {
  const c = listCases().find((x) => x.name === name)!;
  const fs = memoryFileSystem(Object.fromEntries(Object.entries(c.input).map(([p, t]) => [`${ROOT}/${p}`, t])));
  const r = runInject({ fs, cwd: ROOT, patterns: ['./...'] });
  return r.diagnostics.filter((d) => d.code === Codes.FunctionGroup).map((d) => formatDiagnostic(d).split('\n')[0]);
}

test.each([
  [
    'func-inferred-locals',
    'main.go:87:2: warning IG2016: the function-typed variable m in rotate keeps its type: its value is read here for something else than a call, a store in a group or a comparison with nil',
  ],
  [
    'func-table-calls',
    'main.go:21:26: warning IG2016: the function-typed elements of formats keeps its type: a value that is not a module function, a function literal or nil is stored in it',
  ],
  [
    'func-method-params',
    'main.go:52:26: warning IG2016: the function-typed parameter less of (*names).sortWith keeps its type: (*names).sortWith may implement example.com/func-method-params.sorter, whose sortWith would keep the old parameter type',
  ],
  [
    'func-exported-vars',
    'main.go:13:26: warning IG2016: the function-typed elements of Lessers keeps its type: Lessers is used here for something else than calling, setting or counting its elements',
  ],
  [
    'func-exported-types',
    'cli/cli.go:38:12: warning IG2016: the function-typed parameter f of Clean (of type Filter) keeps its type: a value that is not a module function, a function literal or nil is stored in it',
  ],
  [
    'func-named-methods',
    'main.go:49:7: warning IG2016: the receiver n of namer.String (of type namer) keeps its type: its type namer satisfies fmt.Stringer, so the standard library may hold and call a value of it',
  ],
])('%s: the kept counterpart warns with IG2016', (name, warning) => {
  const warnings = groupWarnings(name);
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toBe(`${warning}; every call through it starts a new trace of the function it holds`);
});

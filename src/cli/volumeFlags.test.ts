// The volume flags on the command line: parsing, usage errors (exit 2), config errors (exit 1), overriding the file, and what the summary, explain and --json say.
import { memoryFileSystem } from '../load/fileSystem';
import { cli } from '../testing/cliRun';
import { withSkipTrivialDefault } from './volumeFlags';

const MAIN = `package main

import "fmt"

//instrgen:entry
func main() {
	fmt.Println(double(2), describe(3))
}

func double(n int) int { return n * 2 }

func describe(n int) string {
	s := fmt.Sprint(n)
	return s + "!" + suffix()
}

func suffix() string { return "?" }
`;

const moduleFs = (extra: Record<string, string> = {}) =>
  memoryFileSystem({
    '/m/go.mod': 'module example.com/m\n\ngo 1.19\n',
    '/m/main.go': MAIN,
    ...Object.fromEntries(Object.entries(extra).map(([p, t]) => [`/m/${p}`, t])),
  });
const run = (args: string[], extra?: Record<string, string>) => cli(args, '/m', moduleFs(extra));

test('--skip-trivial without a number takes the default and leaves a package pattern after it alone', () => {
  expect(withSkipTrivialDefault(['--skip-trivial', './...'])).toEqual(['--skip-trivial=1', './...']);
  expect(withSkipTrivialDefault(['--skip-trivial', '3', '.'])).toEqual(['--skip-trivial', '3', '.']);
  expect(withSkipTrivialDefault(['--skip-trivial'])).toEqual(['--skip-trivial=1']);
  const r = run(['--diff', '--skip-trivial', './...']);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain(
    'instrgen: 2 functions instrumented from 1 root, 1 signatures given a context, 1 call sites rewritten, 0 signatures kept, left out 2 by --skip-trivial; 1 file would change',
  );
  expect(run(['--diff', '--skip-trivial=2']).stderr).toContain('1 functions instrumented from 1 root');
});

test('bad flag values are usage errors (exit 2)', () => {
  const glob = run(['--diff', '--exclude', 'example.com/***']);
  expect(glob.code).toBe(2);
  expect(glob.stderr).toContain(
    "instrgen: --exclude 'example.com/***': '***': use * within a path segment or ** across segments (at character 13)",
  );
  expect(run(['--diff', '--max-depth', '-1']).code).toBe(2);
  expect(run(['--diff', '--max-depth', 'x']).stderr).toContain('--max-depth: expected a whole number of 0 or more');
  expect(run(['--diff', '--skip-trivial=1.5']).code).toBe(2);
  expect(run(['--diff', '--include']).code).toBe(2);
});

test('a bad config file is an input error (exit 1) at its line and column', () => {
  const r = run(['--diff'], { 'instrgen.yaml': 'exclude:\n  - **/gen/**\n' });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(
    `instrgen.yaml:2:5: error IG1013: a plain YAML value cannot start with '*'; quote it: "**/gen/**"`,
  );
  const bad = run(['--diff'], { 'instrgen.yaml': 'include:\n  - "example.com/m.**\\\\"\n' });
  expect(bad.code).toBe(1);
  expect(bad.stderr).toContain(
    "instrgen.yaml:2:5: error IG1013: 'example.com/m.**\\': a pattern cannot end with \\ (at character 17)",
  );
});

test('flags override the file key by key; explain and --json say which rule left a function out', () => {
  const extra = { 'instrgen.yaml': 'max-depth: 0\nexclude: ["**.suffix"]\n' };
  expect(run(['--diff'], extra).stderr).toContain(
    'instrgen: 1 functions instrumented from 1 root, 0 signatures given a context, 0 call sites rewritten, 0 signatures kept, left out 1 by --exclude, 2 by --max-depth;',
  );
  expect(run(['--diff', '--max-depth', '1'], extra).stderr).toContain(
    'instrgen: 3 functions instrumented from 1 root, 2 signatures given a context, 2 call sites rewritten, 0 signatures kept, left out 1 by --exclude;',
  );

  const explained = run(['explain', 'suffix', '--max-depth', '5'], extra);
  expect(explained.stdout).toContain(
    "is left out by exclude '**.suffix' (instrgen.yaml:2:11): no span, no new parameter, and the walk stops here",
  );
  expect(run(['explain', 'suffix'], extra).stdout).toContain(
    "is not reached: it is left out by exclude '**.suffix' (instrgen.yaml:2:11)",
  );
  expect(run(['explain', 'describe'], extra).stdout).toContain(
    'is not reached: --max-depth 0: it is 1 call from root example.com/m.main',
  );
  expect(run(['explain', 'double', '--max-depth', '1', '--skip-trivial'], extra).stdout).toContain(
    'is left out by --skip-trivial 1: 1 statement, and it calls nothing instrumented: no span, no new parameter\n',
  );

  expect(run(['callgraph', '--max-depth', '5'], extra).stdout).toContain(
    "example.com/m.suffix [reached; left out by exclude '**.suffix' (instrgen.yaml:2:11)] main.go:17:6",
  );

  const json = JSON.parse(
    run(['--json', '--max-depth', '3', '--include', 'example.com/m.main', '--include', '**.describe'], extra).stdout,
  );
  expect(json.summary.leftOut).toEqual({ exclude: 1, include: 1 });
  expect(json.leftOut).toEqual({
    'example.com/m.double': {
      rule: 'include',
      why: "include: no glob matches it ('example.com/m.main', '**.describe')",
    },
    'example.com/m.suffix': { rule: 'exclude', why: "exclude '**.suffix' (instrgen.yaml:2:11)" },
  });
  expect(json.decisions.find((d: { id: string }) => d.id === 'example.com/m.describe').span).toBe('param');
});

test('a method left out that keeps its interface group as it is gets a warning at each other implementation', () => {
  const src = `package main

import "fmt"

type namer interface{ Name() string }

type a struct{}

func (a) Name() string { return "a" }

type b struct{}

func (b) Name() string { return "b" }

//instrgen:entry
func main() {
	for _, n := range []namer{a{}, b{}} {
		fmt.Println(n.Name())
	}
}
`;
  const warning =
    "main.go:13:10: warning IG2015: b.Name keeps its signature: a.Name implements the same interface method and is left out by --exclude 'example.com/m.a.Name'; its twin __atel_twin_Name carries the context from 1 call through an interface in its package, other callers start a new trace\n" +
    '\tmain.go:9:10: a.Name is declared here\n';
  const r = run(['--diff', '--exclude', 'example.com/m.a.Name'], { 'main.go': src });
  expect(r.code).toBe(0);
  expect(r.stderr).toContain(warning);
  expect(r.stderr).toContain('1 signatures kept (1 interface group of a left-out method), left out 1 by --exclude');
  // Without the rule the group changes together, and nothing is said.
  expect(run(['--diff'], { 'main.go': src }).stderr).not.toContain('IG2015');
  // -q keeps warnings to itself, as for every kept signature.
  expect(run(['--diff', '-q', '--exclude', 'example.com/m.a.Name'], { 'main.go': src }).stderr).not.toContain('IG2015');
});

test('--help documents the volume flags and how globs match', () => {
  const help = run(['--help']).stdout.replace(/\s+/g, ' ');
  expect(help).toContain('Volume (flags override instrgen.yaml at the module root');
  expect(help).toContain('* matches within a path segment (no /), ** across segments');
  expect(help).toContain('0 is the roots alone, 1 the roots and what they call');
});

// The instrgen.yaml subset: every form it documents, and a file:line:col error for what it does not read.
import { InstrgenError } from '../diagnostics/diagnostic';
import { parseVolumeConfig, readVolumeConfig } from './config';
import { memoryFileSystem } from './fileSystem';

const errorOf = (text: string, file = 'instrgen.yaml'): string => {
  try {
    parseVolumeConfig(file, text);
  } catch (e) {
    expect(e).toBeInstanceOf(InstrgenError);
    const d = (e as InstrgenError).diagnostics[0];
    expect(d.code).toBe('IG1013');
    return `${d.pos!.file}:${d.pos!.line}:${d.pos!.col}: ${d.message}`;
  }
  throw new Error(`no error for ${JSON.stringify(text)}`);
};

test('block lists, flow lists, a single glob, quoted and plain values, comments, numbers and true', () => {
  const s = parseVolumeConfig(
    'instrgen.yaml',
    [
      '---',
      '# volume',
      'exclude:',
      '  - "./internal/gen/**"   # generated',
      "  - 'example.com/app.(*Server).debug'",
      '  - example.com/app.dump#not-a-comment',
      'include: [example.com/app/**, "**.Handle", \'x\']',
      'max-depth: 4',
      'skip-trivial: true',
      '',
    ].join('\n'),
  );
  expect(s.exclude!.map((p) => [p.pattern, p.source])).toEqual([
    ['./internal/gen/**', 'instrgen.yaml:4:5'],
    ['example.com/app.(*Server).debug', 'instrgen.yaml:5:5'],
    ['example.com/app.dump#not-a-comment', 'instrgen.yaml:6:5'],
  ]);
  expect(s.include!.map((p) => [p.pattern, p.pos!.col])).toEqual([
    ['example.com/app/**', 11],
    ['**.Handle', 31],
    ['x', 44],
  ]);
  expect(s.maxDepth).toBe(4);
  expect(s.skipTrivial).toBe(1);
});

test("list items at the key's own indentation, CRLF line ends, a single glob, skip-trivial as a number or false", () => {
  const s = parseVolumeConfig('instrgen.yml', 'exclude:\r\n- a/**\r\n- b\r\ninclude: c/**\r\nskip-trivial: 3\r\n');
  expect(s.exclude!.map((p) => p.pattern)).toEqual(['a/**', 'b']);
  expect(s.include!.map((p) => p.pattern)).toEqual(['c/**']);
  expect(s.skipTrivial).toBe(3);
  expect(parseVolumeConfig('instrgen.yaml', 'skip-trivial: false\n').skipTrivial).toBeUndefined();
  expect(parseVolumeConfig('instrgen.yaml', '# nothing\n\n')).toEqual({});
});

test('what is outside the subset, or the wrong kind of value, is an error at its line and column (UTF-8 bytes)', () => {
  expect(errorOf('exclude:\n  - **/gen/**\n')).toBe(
    `instrgen.yaml:2:5: a plain YAML value cannot start with '*'; quote it: "**/gen/**"`,
  );
  expect(errorOf('excludes:\n  - a\n')).toBe(
    "instrgen.yaml:1:1: unknown key 'excludes' (did you mean 'exclude'?); the keys are include, exclude, max-depth, skip-trivial",
  );
  expect(errorOf('max_depth: 2\n')).toContain("(did you mean 'max-depth'?)");
  expect(errorOf('max-depth: -1\n')).toBe("instrgen.yaml:1:12: max-depth: '-1' is not a whole number of 0 or more");
  expect(errorOf('max-depth: [1]\n')).toBe("instrgen.yaml:1:1: 'max-depth' takes a number, not a list");
  expect(errorOf('skip-trivial: yes\n')).toBe(
    "instrgen.yaml:1:15: skip-trivial: 'yes' is not a whole number of 0 or more (or true/false)",
  );
  expect(errorOf('exclude:\n\t- a\n')).toBe('instrgen.yaml:2:1: a tab in indentation; YAML indents with spaces only');
  expect(errorOf('- a\n')).toContain('instrgen.yaml:1:1: a list item with no key above it');
  expect(errorOf('exclude: a\n  b: c\n')).toContain('instrgen.yaml:2:3: unexpected indentation');
  expect(errorOf('exclude: ["a", b\n')).toBe('instrgen.yaml:1:10: a flow list must close with ] on the same line');
  expect(errorOf('exclude: ["a" b]\n')).toBe('instrgen.yaml:1:15: expected , between list items');
  expect(errorOf('exclude:\n  - "a\n')).toBe(
    'instrgen.yaml:2:5: a double-quoted value without its closing quote (values are one line)',
  );
  expect(errorOf('exclude: "a" b\n')).toBe('instrgen.yaml:1:13: text after the closing quote');
  expect(errorOf('exclude:\n  - true\n')).toBe("instrgen.yaml:2:5: 'true' is not a glob; quote it if it is one");
  expect(errorOf('max-depth: 1\nmax-depth: 2\n')).toBe("instrgen.yaml:2:1: 'max-depth' is set twice (first at line 1)");
  expect(errorOf('include: ["é", *x]\n')).toBe(
    `instrgen.yaml:1:17: a plain YAML value cannot start with '*'; quote it: "*x"`,
  );
  expect(errorOf('just text\n')).toContain('instrgen.yaml:1:1: expected `key: value`');
});

test('the file is read at the module root under one of its names; two of them is an error', () => {
  const fs = memoryFileSystem({ '/m/go.mod': 'module m\n', '/m/.instrgen.yml': 'max-depth: 2\n' });
  expect(readVolumeConfig(fs, '/m')).toEqual({ maxDepth: 2 });
  expect(readVolumeConfig(memoryFileSystem({ '/m/go.mod': 'module m\n' }), '/m')).toBeUndefined();
  const two = memoryFileSystem({ '/m/instrgen.yaml': 'max-depth: 2\n', '/m/.instrgen.yml': 'max-depth: 1\n' });
  expect(() => readVolumeConfig(two, '/m')).toThrow(
    /both instrgen.yaml and .instrgen.yml are at the module root; keep one/,
  );
});

// The volume settings of instrgen.yaml at the module root, read with a parser for the small subset of YAML it documents.
import { Codes, formatPosition, InstrgenError, Position } from '../diagnostics/diagnostic';
import { FileSystem } from './fileSystem';
import { readModuleFile } from './module';

/** The names looked for at the module root, in this order; more than one is an error. */
export const CONFIG_FILES = ['instrgen.yaml', 'instrgen.yml', '.instrgen.yaml', '.instrgen.yml'];

/** One glob and where it was given: a flag (`--exclude`) or a place in the config file. */
export interface PatternSetting {
  pattern: string;
  /** `--exclude`, `--include`, or `instrgen.yaml:4:5` (the column in UTF-8 bytes, as every position). */
  source: string;
  pos?: Position;
}

/** The options that choose which reachable functions get spans; undefined means "not set here". */
export interface VolumeSettings {
  include?: PatternSetting[];
  exclude?: PatternSetting[];
  maxDepth?: number;
  skipTrivial?: number;
}

/** `--skip-trivial` without a number, and `skip-trivial: true`: functions of one statement (getters, setters, wrappers). */
export const DEFAULT_TRIVIAL_STATEMENTS = 1;

const KEYS = ['include', 'exclude', 'max-depth', 'skip-trivial'] as const;
type Key = (typeof KEYS)[number];

/** A value as written: its text (unquoted) and where it starts. */
interface Scalar {
  text: string;
  quoted: boolean;
  line: number;
  /** 0-based UTF-16 offset in the line. */
  at: number;
}

/**
 * Reads the config file of the module at `root`, or returns undefined when there is none. Errors (a key it does not
 * know, a value of the wrong kind, YAML outside the subset) end the run with the file's line and column.
 */
export function readVolumeConfig(fs: FileSystem, root: string): VolumeSettings | undefined {
  const found = CONFIG_FILES.filter((name) => readModuleFile(fs, root, name) !== undefined);
  if (found.length > 1)
    throw new InstrgenError([
      {
        code: Codes.BadConfig,
        severity: 'error',
        pos: { file: found[1], line: 1, col: 1 },
        message: `both ${found.join(' and ')} are at the module root; keep one`,
      },
    ]);
  if (!found.length) return undefined;
  return parseVolumeConfig(found[0], readModuleFile(fs, root, found[0])!);
}

/**
 * The subset of YAML read: `key: value` at the start of a line, where a value is a number, `true`/`false`, a
 * string (plain, 'single' or "double" quoted), a flow list `[a, "b"]`, or, below an empty value, a block list of
 * `- item` lines; `#` comments; a leading `---`. Anything else is reported rather than guessed at, so a file that
 * reads here reads the same with any YAML parser.
 */
export function parseVolumeConfig(file: string, text: string): VolumeSettings {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const fail = (line: number, at: number, message: string): never => {
    throw new InstrgenError([
      {
        code: Codes.BadConfig,
        severity: 'error',
        pos: { file, line: line + 1, col: Buffer.byteLength(lines[line].slice(0, at), 'utf8') + 1 },
        message,
      },
    ]);
  };
  const values = new Map<Key, { key: Scalar; items: Scalar[]; list: boolean }>();
  let open: { key: Key; items: Scalar[] } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = withoutComment(lines[i]);
    if (line.trim() === '' || (i === firstContentLine(lines) && line.trimEnd() === '---')) continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent.includes('\t')) fail(i, indent.indexOf('\t'), 'a tab in indentation; YAML indents with spaces only');
    const item = /^( *)-(?: +|$)(.*)$/.exec(line);
    if (item) {
      if (!open)
        fail(i, indent.length, 'a list item with no key above it; write `exclude:` (or `include:`) on the line before');
      const at = line.length - item[2].length;
      if (item[2].trim() === '') fail(i, at, 'an empty list item');
      open!.items.push(scalarAt(item[2].trimEnd(), i, at, fail));
      continue;
    }
    if (indent.length > 0)
      fail(i, indent.length, 'unexpected indentation: keys start at the beginning of the line, list items with `- `');
    const kv = /^([^\s:#]+)[ \t]*:(?:[ \t]+(.*))?$/.exec(line.trimEnd());
    if (!kv) fail(i, 0, 'expected `key: value` (keys: include, exclude, max-depth, skip-trivial)');
    const name = kv![1];
    if (!(KEYS as readonly string[]).includes(name))
      fail(i, 0, `unknown key '${name}'${nearestKey(name)}; the keys are include, exclude, max-depth, skip-trivial`);
    const key = name as Key;
    if (values.has(key)) fail(i, 0, `'${key}' is set twice (first at line ${values.get(key)!.key.line + 1})`);
    const keyScalar: Scalar = { text: key, quoted: false, line: i, at: 0 };
    const rest = kv![2]?.trimEnd() ?? '';
    const at = line.length - (kv![2]?.length ?? 0);
    if (rest === '') {
      open = { key, items: [] };
      values.set(key, { key: keyScalar, items: open.items, list: true });
    } else if (rest.startsWith('[')) {
      open = undefined;
      values.set(key, { key: keyScalar, items: flowList(rest, i, at, fail), list: true });
    } else {
      open = undefined;
      values.set(key, { key: keyScalar, items: [scalarAt(rest, i, at, fail)], list: false });
    }
  }

  const settings: VolumeSettings = {};
  for (const [key, v] of values) {
    const where = (s: Scalar) => ({
      file,
      line: s.line + 1,
      col: Buffer.byteLength(lines[s.line].slice(0, s.at), 'utf8') + 1,
    });
    if (key === 'include' || key === 'exclude') {
      settings[key] = v.items.map((s) => {
        if (!s.quoted && /^(true|false|null|~)$/.test(s.text))
          fail(s.line, s.at, `'${s.text}' is not a glob; quote it if it is one`);
        const pos = where(s);
        return { pattern: s.text, source: formatPosition(pos), pos };
      });
      continue;
    }
    if (v.list)
      fail(v.key.line, 0, `'${key}' takes ${key === 'max-depth' ? 'a number' : 'true, false or a number'}, not a list`);
    const s = v.items[0];
    if (key === 'max-depth') settings.maxDepth = countAt(s, key, fail);
    else if (!s.quoted && s.text === 'true') settings.skipTrivial = DEFAULT_TRIVIAL_STATEMENTS;
    else if (!s.quoted && s.text === 'false') settings.skipTrivial = undefined;
    else settings.skipTrivial = countAt(s, key, fail);
  }
  return settings;
}

/** A count (0 or more) written as a plain decimal integer. */
function countAt(s: Scalar, key: string, fail: (line: number, at: number, message: string) => never): number {
  if (s.quoted || !/^\d+$/.test(s.text))
    fail(
      s.line,
      s.at,
      `${key}: '${s.text}' is not a whole number of 0 or more${key === 'skip-trivial' ? ' (or true/false)' : ''}`,
    );
  const n = Number(s.text);
  if (!Number.isSafeInteger(n)) fail(s.line, s.at, `${key}: ${s.text} is too large`);
  return n;
}

/** The parsed `s`, which starts at `at` on line `line`: a quoted string, or a plain one. */
function scalarAt(
  s: string,
  line: number,
  at: number,
  fail: (line: number, at: number, message: string) => never,
): Scalar {
  if (s.startsWith('"')) {
    let out = '';
    for (let i = 1; i < s.length; i++) {
      const c = s[i];
      if (c === '"') {
        if (s.slice(i + 1).trim() !== '') fail(line, at + i + 1, 'text after the closing quote');
        return { text: out, quoted: true, line, at };
      }
      if (c === '\\') {
        const e = s[++i];
        const esc: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t' };
        if (e === undefined || !(e in esc))
          fail(line, at + i - 1, `escape \\${e ?? ''} is not supported here (only \\" \\\\ \\/ \\n \\t)`);
        out += esc[e];
      } else out += c;
    }
    return fail(line, at, 'a double-quoted value without its closing quote (values are one line)');
  }
  if (s.startsWith("'")) {
    let out = '';
    for (let i = 1; i < s.length; i++) {
      if (s[i] === "'" && s[i + 1] === "'") {
        out += "'";
        i++;
      } else if (s[i] === "'") {
        if (s.slice(i + 1).trim() !== '') fail(line, at + i + 1, 'text after the closing quote');
        return { text: out, quoted: true, line, at };
      } else out += s[i];
    }
    return fail(line, at, 'a single-quoted value without its closing quote (values are one line)');
  }
  // YAML gives these a meaning of their own at the start of a plain value: `*x` is an alias, `&x` an anchor, ...
  if (/^[*&!|>%@`{[\]},?]/.test(s))
    fail(line, at, `a plain YAML value cannot start with '${s[0]}'; quote it: "${s.replace(/["\\]/g, '\\$&')}"`);
  if (/: |:$/.test(s)) fail(line, at + s.search(/: |:$/), 'a plain value cannot hold ": "; quote it');
  return { text: s, quoted: false, line, at };
}

/** The items of `[a, "b", 'c']` on one line. */
function flowList(
  s: string,
  line: number,
  at: number,
  fail: (line: number, at: number, message: string) => never,
): Scalar[] {
  if (!s.endsWith(']')) fail(line, at, 'a flow list must close with ] on the same line');
  const items: Scalar[] = [];
  let i = 1;
  const inner = s.length - 1;
  while (i < inner) {
    while (i < inner && s[i] === ' ') i++;
    if (i >= inner) break;
    let j = i;
    if (s[i] === '"' || s[i] === "'") {
      const q = s[i];
      for (j = i + 1; j < inner; j++) {
        if (q === '"' && s[j] === '\\') j++;
        else if (q === "'" && s[j] === "'" && s[j + 1] === "'") j++;
        else if (s[j] === q) break;
      }
      j++;
    } else while (j < inner && s[j] !== ',') j++;
    const text = s.slice(i, j).trimEnd();
    if (text === '') fail(line, at + i, 'an empty list item');
    items.push(scalarAt(text, line, at + i, fail));
    while (j < inner && s[j] === ' ') j++;
    if (j < inner && s[j] !== ',') fail(line, at + j, 'expected , between list items');
    i = j + 1;
  }
  return items;
}

/** The line without a `#` comment (one that starts the line or follows white space, outside quotes). */
function withoutComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s:\-[,]/.test(line[i - 1])) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) return line.slice(0, i);
  }
  return line;
}

function firstContentLine(lines: string[]): number {
  return lines.findIndex((l) => withoutComment(l).trim() !== '');
}

/** ` (did you mean 'exclude'?)` for a near miss such as `excludes` or `max_depth`, else ''. */
function nearestKey(name: string): string {
  const norm = (s: string) => s.toLowerCase().replace(/[_-]/g, '').replace(/s$/, '');
  const hit = KEYS.find((k) => norm(k) === norm(name));
  return hit ? ` (did you mean '${hit}'?)` : '';
}

// Reading go.mod's requirements and replacements, and the two text edits instrgen makes to go.mod without the go command.

/** What go.mod says, as far as instrgen needs it. */
export interface GoModFacts {
  module?: string;
  /** The `go` directive: `1.16`. */
  go?: string;
  /** Module path → required version. */
  requires: Map<string, string>;
  /** Module path (any version) → replacement: a directory (`./x`, `../x`, `/x`) or `module version`. */
  replaces: Map<string, string>;
}

/** A go.mod token: quoted paths (`"gopkg.in/yaml.v3"`) lose their quotes. */
function unquoted(token: string): string {
  return token.startsWith('"') && token.endsWith('"') ? token.slice(1, -1) : token;
}

/** Reads a go.mod text: the module path, the go version, requires and replaces, in blocks or single lines. */
export function readGoMod(text: string): GoModFacts {
  const facts: GoModFacts = { requires: new Map(), replaces: new Map() };
  let block: string | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (!line) continue;
    if (block) {
      if (line === ')') block = undefined;
      else directive(facts, block, line);
      continue;
    }
    const m = /^(module|go|require|replace|exclude|retract|toolchain)\b\s*(.*)$/.exec(line);
    if (!m) continue;
    if (m[2] === '(') block = m[1];
    else directive(facts, m[1], m[2]);
  }
  return facts;
}

function directive(facts: GoModFacts, verb: string, rest: string): void {
  const tokens = rest.split(/\s+/).map(unquoted);
  if (verb === 'module') facts.module = tokens[0];
  else if (verb === 'go') facts.go = tokens[0];
  else if (verb === 'require' && tokens.length >= 2) facts.requires.set(tokens[0], tokens[1]);
  else if (verb === 'replace') {
    const arrow = tokens.indexOf('=>');
    if (arrow > 0) facts.replaces.set(tokens[0], tokens.slice(arrow + 1).join(' '));
  }
}

/** The modules go.mod requires with a `// indirect` comment (in blocks or single lines). */
export function indirectRequirements(text: string): Set<string> {
  const out = new Set<string>();
  let inBlock = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (inBlock && line.startsWith(')')) inBlock = false;
    else if (/^require\s*\(/.test(line)) inBlock = true;
    else {
      const m = (
        inBlock ? /^("?)([^\s"]+)\1\s+\S+\s*\/\/\s*indirect\b/ : /^require\s+("?)([^\s"]+)\1\s+\S+\s*\/\/\s*indirect\b/
      ).exec(line);
      if (m) out.add(m[2]);
    }
  }
  return out;
}

/** The version go.mod gives a module that only a replacement directive provides, as `go mod tidy` writes it. */
export const LOCAL_REPLACEMENT_VERSION = 'v0.0.0-00010101000000-000000000000';

/**
 * Returns go.mod with a requirement of modulePath and a replacement of it by the directory dir (`./.instrgen/rtlib`),
 * appended as two single-line directives: the go command reads them as they are and puts them in its own order when
 * it next writes the file.
 */
export function withLocalModule(goMod: string, modulePath: string, dir: string): string {
  const body = goMod.endsWith('\n') || goMod === '' ? goMod : goMod + '\n';
  return `${body}\nrequire ${modulePath} ${LOCAL_REPLACEMENT_VERSION}\n\nreplace ${modulePath} => ${dir}\n`;
}

/**
 * Returns go.mod with direct requirements (no `// indirect`) of the given modules, as one require statement after the
 * last one (else before the first replace, exclude or retract, else at the end). go get keeps a requirement go.mod
 * already has direct as direct, and marks those it adds itself `// indirect`, since it does not read what the
 * module's packages import: seeded so, the modules instrumented code imports end up where `go mod tidy` wants them.
 *   require go.opentelemetry.io/otel v1.1.0                      (this)
 *   require go.opentelemetry.io/otel/trace v1.1.0 // indirect   (go get)
 */
export function withDirectRequirements(goMod: string, modules: ReadonlyMap<string, string>): string {
  if (!modules.size) return goMod;
  const list = [...modules].sort(([a], [b]) => (a < b ? -1 : 1));
  const stmt =
    list.length === 1
      ? `require ${list[0][0]} ${list[0][1]}\n`
      : `require (\n${list.map(([m, v]) => `\t${m} ${v}\n`).join('')})\n`;
  const lines = goMod.split('\n');
  let afterLast = -1;
  let firstOther = -1;
  let block: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\/\/.*$/, '').trim();
    if (block) {
      if (line === ')') {
        if (block === 'require') afterLast = i + 1;
        block = undefined;
      }
      continue;
    }
    const m = /^(require|replace|exclude|retract)\b\s*(\(?)/.exec(line);
    if (!m) continue;
    if (m[2]) block = m[1];
    if (m[1] === 'require' && !m[2]) afterLast = i + 1;
    if (m[1] !== 'require' && firstOther < 0) firstOther = i;
  }
  if (afterLast >= 0)
    return [...lines.slice(0, afterLast), '', ...stmt.slice(0, -1).split('\n'), ...lines.slice(afterLast)].join('\n');
  if (firstOther >= 0)
    return [...lines.slice(0, firstOther), ...stmt.split('\n'), ...lines.slice(firstOther)].join('\n');
  const body = goMod.endsWith('\n') || goMod === '' ? goMod : goMod + '\n';
  return `${body}\n${stmt}`;
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Returns go.mod without the given requirements (only where they still name the version given) and replacements
 * (only where they still point where given), in single lines or blocks; a block left empty goes too. The rest of the
 * text stays byte for byte: this is how prune takes out what instrgen added when the user changed go.mod since.
 */
export function withoutDirectives(
  goMod: string,
  requires: ReadonlyMap<string, string>,
  replaces: ReadonlyMap<string, string>,
): string {
  let text = goMod;
  const token = (s: string) => `"?${escaped(s)}"?`;
  for (const [mod, version] of requires) {
    text = text.replace(
      new RegExp(
        `^[ \\t]*(?:require[ \\t]+)?${token(mod)}[ \\t]+${escaped(version)}(?:[ \\t]*//[^\\n]*)?[ \\t]*\\r?\\n`,
        'gm',
      ),
      '',
    );
  }
  for (const [mod, target] of replaces) {
    const to = target.split(/\s+/).map(token).join('[ \\t]+');
    text = text.replace(
      new RegExp(
        `^[ \\t]*(?:replace[ \\t]+)?${token(mod)}(?:[ \\t]+\\S+)?[ \\t]+=>[ \\t]+${to}(?:[ \\t]*//[^\\n]*)?[ \\t]*\\r?\\n`,
        'gm',
      ),
      '',
    );
  }
  // Empty blocks, with the blank line before them, and runs of blank lines the removals left.
  text = text.replace(/\n*^(?:require|replace)[ \t]*\([ \t]*\r?\n[ \t]*\)[ \t]*(?:\r?\n|$)/gm, '\n');
  return text.replace(/\n{3,}/g, '\n\n').replace(/\n+$/, '\n');
}

// The x/tools plan's fingerprint: a SHA-256 of every file instrgen's full pipeline would write on the x/tools corpus
// (the bench's, see scripts/bench.ts), and of its diagnostics, so that a speed-up can be shown to change no output.
// Run it with --write before changing the pipeline, and with --check after: it names every file whose output differs.
//
// Usage: npx tsx scripts/plan-digest.ts [--write | --check] [--file FILE] [--xtools DIR]
//   (FILE defaults to testdata/bench/xtools-plan.json; without --write or --check the digest is printed)
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from 'util';
import { formatPosition } from '../src/diagnostics/diagnostic';
import { XTOOLS_DIR, xtoolsCorpus } from './bench';

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_FILE = path.join(ROOT, 'testdata', 'bench', 'xtools-plan.json');

interface PlanDigest {
  /** What the digest was made from. */
  corpus: string;
  commit: string;
  /** Module-relative path → SHA-256 of the text the run would write. */
  files: Record<string, string>;
  /** SHA-256 of the diagnostics, one `code file:line:col message` a line, in the run's order. */
  diagnostics: string;
  diagnosticCount: number;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** The commit the pipeline's sources are at (and whether they differ from it), so that a digest says what it describes. */
function currentCommit(): string {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  const head = git('rev-parse', 'HEAD');
  if (head.status !== 0) return 'unknown';
  const dirty = git('status', '--porcelain', '--', 'src').stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? ' with src/ changed' : ''}`;
}

async function digest(xtools: string): Promise<PlanDigest> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-plan-digest-'));
  try {
    const corpus = xtoolsCorpus(xtools, path.join(tmp, 'module'));
    const { runInject } = await import('../src/pipeline');
    const { nodeFileSystem } = await import('../src/load/fileSystem');
    const result = runInject({ fs: nodeFileSystem, cwd: corpus.dir, patterns: ['./...'] });
    const files: Record<string, string> = {};
    for (const file of [...result.after.keys()].sort()) files[file] = sha(result.after.get(file)!);
    const lines = result.diagnostics.map(
      (d) =>
        `${d.code} ${d.pos ? formatPosition(d.pos) : '-'} ${d.message}${(d.related ?? []).map((r) => ` [${formatPosition(r.pos)}: ${r.message}]`).join('')}`,
    );
    return {
      corpus: corpus.description,
      commit: currentCommit(),
      files,
      diagnostics: sha(lines.join('\n')),
      diagnosticCount: lines.length,
    };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** The differences between two digests, one line each; empty when the outputs are the same. */
export function compareDigests(want: PlanDigest, got: PlanDigest): string[] {
  const out: string[] = [];
  for (const f of Object.keys(want.files)) if (!(f in got.files)) out.push(`${f}: no longer changed`);
  for (const f of Object.keys(got.files)) {
    if (!(f in want.files)) out.push(`${f}: newly changed`);
    else if (want.files[f] !== got.files[f]) out.push(`${f}: different output`);
  }
  if (want.diagnostics !== got.diagnostics)
    out.push(`diagnostics differ (${want.diagnosticCount} before, ${got.diagnosticCount} now)`);
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      write: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      file: { type: 'string', default: DEFAULT_FILE },
      xtools: { type: 'string', default: XTOOLS_DIR },
    },
    strict: true,
  });
  const writeTo = values.write ? values.file : undefined;
  const checkAgainst = values.check ? values.file : undefined;
  const got = await digest(values.xtools);
  if (writeTo) {
    fs.mkdirSync(path.dirname(writeTo), { recursive: true });
    fs.writeFileSync(writeTo, JSON.stringify(got, null, 1) + '\n');
    console.log(
      `plan-digest: ${Object.keys(got.files).length} files, ${got.diagnosticCount} diagnostics written to ${writeTo}`,
    );
  } else if (checkAgainst) {
    const want = JSON.parse(fs.readFileSync(checkAgainst, 'utf8')) as PlanDigest;
    const diff = compareDigests(want, got);
    if (diff.length) {
      console.log(
        `plan-digest: the x/tools plan differs from ${checkAgainst} (made at ${want.commit}):\n${diff.join('\n')}`,
      );
      process.exitCode = 1;
    } else
      console.log(
        `plan-digest: the x/tools plan is the same as at ${want.commit} (${Object.keys(got.files).length} files, ${got.diagnosticCount} diagnostics)`,
      );
  } else console.log(JSON.stringify(got, null, 1));
}

if (require.main === module)
  main().catch((e) => {
    console.error(`plan-digest: ${(e as Error).stack ?? e}`);
    process.exit(1);
  });

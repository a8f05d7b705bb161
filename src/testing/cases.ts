// The test cases under testdata/cases: each an input module, its golden instrumented module, and what must hold.
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './goToolchain';

export const CASES_DIR = path.join(REPO_ROOT, 'testdata', 'cases');

export interface CaseRun {
  mainPackage?: string;
  args?: string[];
  stdin?: string;
}

export interface CaseSpec {
  description: string;
  runs: CaseRun[];
  test?: boolean;
  error?: string;
  roots?: string[];
  /** How many traces each run's expected root starts (default: at least one). */
  rootTraces?: number[];
  /** When given, exactly the names of the other root spans of each run (none: one connected trace). */
  otherRoots?: string[];
  spanEdges?: Array<[string, string]>;
  notSpans?: string[];
  keptSignatures?: string[];
  /** Exactly the span names that must have status Error in the traces (a function returning a non-nil error). */
  errorSpans?: string[];
}

export interface TestCase {
  name: string;
  spec: CaseSpec;
  modulePath: string;
  /** Module-relative path → text. */
  input: Record<string, string>;
  expectedDir: string;
}

/** Every file below dir, as module-relative path → text. */
export function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else out[r] = fs.readFileSync(path.join(dir, r), 'utf8');
    }
  };
  if (fs.existsSync(dir)) walk('');
  return out;
}

export function listCases(): TestCase[] {
  return fs
    .readdirSync(CASES_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(CASES_DIR, e.name, 'case.json')))
    .map((e) => {
      const dir = path.join(CASES_DIR, e.name);
      const input = readTree(path.join(dir, 'input'));
      const modulePath = /^module\s+(\S+)/m.exec(input['go.mod'] ?? '')?.[1] ?? `example.com/${e.name}`;
      return {
        name: e.name,
        spec: JSON.parse(fs.readFileSync(path.join(dir, 'case.json'), 'utf8')),
        modulePath,
        input,
        expectedDir: path.join(dir, 'expected'),
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Writes a tree (used by UPDATE_GOLDEN=1), replacing what was there. */
export function writeTree(dir: string, files: Record<string, string>): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
}

// The Go files below a directory, for tests that run a check over every file of a tree (testdata, GOROOT packages).
import * as fs from 'fs';
import * as path from 'path';

/** Every `.go` file below `dir` (recursively, test files included), sorted by path. */
export function goFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...goFilesUnder(p));
    else if (e.name.endsWith('.go')) out.push(p);
  }
  return out.sort();
}

// Proves the universe scope and the exported-name rule against the installed Go toolchain's own go/types and go/token.
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { goEnvironment, requireGoToolchain } from '../testing/goToolchain';
import { isExported, universeFuncs, universeTypes, universeValues } from './universe';

/** Names whose exported-ness Go and a careless ASCII rule disagree on, or that are easy to get wrong. */
const names = ['Name', 'name', '_Name', 'Ünicode', 'ünicode', 'Ωmega', 'ǅx', 'Ⅻ', '日本', 'X1', 'x'];

/** Runs a Go program that prints go/types' universe scope, then each name with go/token.IsExported. */
function goAnswers(): { universe: string[]; exported: Record<string, boolean> } {
  requireGoToolchain();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'instrgen-universe-'));
  try {
    const main = path.join(dir, 'main.go');
    writeFileSync(
      main,
      `package main

import (
	"fmt"
	"go/token"
	"go/types"
	"os"
)

func main() {
	for _, n := range types.Universe.Names() {
		fmt.Println("universe", n)
	}
	for _, n := range os.Args[1:] {
		fmt.Println("exported", n, token.IsExported(n))
	}
}
`,
    );
    const run = spawnSync('go', ['run', main, ...names], { encoding: 'utf8', env: goEnvironment(dir) });
    if (run.status !== 0) throw new Error(`go run failed: ${run.stderr}`);
    const universe: string[] = [];
    const exported: Record<string, boolean> = {};
    for (const line of run.stdout.trim().split('\n')) {
      const [kind, name, value] = line.split(' ');
      if (kind === 'universe') universe.push(name);
      else exported[name] = value === 'true';
    }
    return { universe, exported };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('universe scope and exported names, as the installed Go has them', () => {
  const answers = goAnswers();

  test('the universe sets are go/types.Universe, plus the builtins later Go releases added (clear, max, min in 1.21)', () => {
    const ours = [...universeTypes, ...universeFuncs, ...universeValues];
    const later = ['clear', 'max', 'min'];
    expect([...ours].sort()).toEqual([...new Set([...answers.universe, ...later])].sort());
  });

  test.each(names)('isExported(%s) agrees with go/token.IsExported', (name) => {
    expect(isExported(name)).toBe(answers.exported[name]);
  });
});

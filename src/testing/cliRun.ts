// Running the instrgen CLI in-process for tests, and the basic-fib case the CLI tests work on.
import * as path from 'path';
import { main } from '../cli/main';
import { recordingTerminal } from '../cli/terminal';
import { type FileSystem, nodeFileSystem } from '../load/fileSystem';
import { CASES_DIR } from './cases';

export const INPUT = path.join(CASES_DIR, 'basic-fib', 'input');
export const EXPECTED = path.join(CASES_DIR, 'basic-fib', 'expected');

/** Runs the CLI in-process on the real file system (or fsys), started in cwd. */
export function cli(
  args: string[],
  cwd: string,
  fsys: FileSystem = nodeFileSystem,
): { code: number; stdout: string; stderr: string } {
  const term = recordingTerminal();
  const code = main(args, { fs: fsys, term, cwd });
  return { code, stdout: term.stdout, stderr: term.stderr };
}

// What every command of the CLI shares: its I/O environment, the global options, exit codes and the usage error.
import * as path from 'path';
import { FileSystem } from '../load/fileSystem';
import { Terminal } from './terminal';

export const EXIT = { ok: 0, errors: 1, usage: 2 } as const;

/** A mistake in the command line: reported with a pointer to --help, exit 2. */
export class UsageError extends Error {}

export interface Common {
  C: string;
  patterns: string[];
  quiet: boolean;
  verbose: boolean;
  /** The volume flags, on the commands that plan (src/cli/volumeFlags.ts). */
  exclude?: string[];
  include?: string[];
  maxDepth?: number;
  skipTrivial?: number;
}

export interface Env {
  fs: FileSystem;
  term: Terminal;
  cwd: string;
  /**
   * The environment the go command runs in (GOPROXY, GOFLAGS, ...). Without it inject leaves go.mod, go.sum and the
   * runtime library alone, as in GOPATH mode: tests of the Go rewrite alone run so, offline.
   */
  goEnv?: NodeJS.ProcessEnv;
}

/** The directory the command runs in: -C, from the working directory. */
export function dirOf(env: Env, c: Common): string {
  return path.resolve(env.cwd, c.C);
}

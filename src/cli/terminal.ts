// What the CLI writes to: stdout for results, stderr for diagnostics, progress and summaries; colour when wanted.
export interface Terminal {
  out(text: string): void;
  err(text: string): void;
  /** Progress is shown only on an interactive stderr. */
  progress(text: string): void;
  color: boolean;
}

export function processTerminal(env: NodeJS.ProcessEnv = process.env): Terminal {
  const tty = !!process.stderr.isTTY;
  const color = tty && !('NO_COLOR' in env) && env.TERM !== 'dumb';
  let shown = false;
  // `instrgen --diff | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const clear = () => {
    if (shown) process.stderr.write('\r\x1b[K');
    shown = false;
  };
  // A progress line must not run into results (stdout is often the same terminal) nor outlive the run.
  process.once('exit', clear);
  return {
    out: (t) => {
      clear();
      process.stdout.write(t);
    },
    err: (t) => {
      clear();
      process.stderr.write(t);
    },
    progress: (t) => {
      if (!tty) return;
      clear();
      process.stderr.write(t);
      shown = true;
    },
    color,
  };
}

/** A terminal that records everything, for tests. */
export function recordingTerminal(): Terminal & { stdout: string; stderr: string } {
  const t = {
    stdout: '',
    stderr: '',
    color: false,
    out: (s: string) => void (t.stdout += s),
    err: (s: string) => void (t.stderr += s),
    progress: () => undefined,
  };
  return t;
}

export function paint(t: Terminal, code: 'red' | 'yellow' | 'green' | 'dim' | 'bold', s: string): string {
  if (!t.color) return s;
  const c = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1 }[code];
  return `\x1b[${c}m${s}\x1b[0m`;
}

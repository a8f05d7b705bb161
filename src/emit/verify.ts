// --verify: build the instrumented module in a temporary copy before anything is written to the real one.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const DEFAULT_VERIFY_COMMAND = 'go build ./... && go vet ./...';

export interface VerifyResult {
  ok: boolean;
  command: string;
  output: string;
  dir: string;
}

/**
 * Copies the module to `<tmp>/src/<module path>` with the new texts, and runs the command there in a shell, with
 * INSTRGEN_VERIFY_GOPATH=<tmp> so that a GOPATH-mode command can find it. Compiler messages name files relative to
 * the module, as the instrumented files will be.
 */
export function verifyBuild(
  root: string,
  modulePath: string,
  after: ReadonlyMap<string, string>,
  command = DEFAULT_VERIFY_COMMAND,
  removed: readonly string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): VerifyResult {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'instrgen-verify-'));
  const dir = path.join(tmp, 'src', ...modulePath.split('/'));
  try {
    fs.cpSync(root, dir, { recursive: true, filter: (src) => !/[/\\](\.git|node_modules)$/.test(src) });
    for (const [file, text] of after) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    for (const file of removed) fs.rmSync(path.join(dir, file), { force: true });
    const r = spawnSync('sh', ['-c', command], {
      cwd: dir,
      env: { ...env, INSTRGEN_VERIFY_GOPATH: tmp },
      encoding: 'utf8',
      timeout: 30 * 60 * 1000,
    });
    const output = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`;
    return { ok: r.status === 0, command, output, dir };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// The runtime benchmark script runs end to end on a short loop: instrgen instruments the program, it builds against
// the real SDK and rtlib, and every span of the recorded runs is in the traces file. No timing is asserted here:
// the figures are shown by `bash scripts/bench-runtime.sh` as ratios measured in one run, never by timed tests.
import { spawnSync } from 'child_process';
import * as path from 'path';
import { requireGoToolchain } from '../testing/goToolchain';

test('bench-runtime builds the instrumented loop and counts as many spans written as calls made', () => {
  requireGoToolchain();
  const r = spawnSync('bash', [path.join(__dirname, '..', '..', 'scripts', 'bench-runtime.sh')], {
    encoding: 'utf8',
    env: { ...process.env, ITERATIONS: '400', GOROUTINES: '1 8' },
    timeout: 300_000,
  });
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  const lines = r.stdout.split('\n');
  for (const g of [1, 8]) {
    // 3 spans per iteration, a loop and a goroutine literal per goroutine, and the entry point.
    const calls = 3 * 400 + 2 * g + 1;
    // The loop runs three times (the lowest figure counts), each run's spans appended to the traces file.
    expect(lines.find((l) => l.startsWith(`g=${g} recorded`))).toContain(
      `| ${3 * calls} spans written for ${3 * calls} calls (3 runs),`,
    );
    expect(lines.find((l) => l.startsWith(`g=${g} off`))).toContain('| 0 spans written');
    expect(lines.find((l) => l.startsWith(`g=${g} code-only`))).toMatch(/ratio wall \d+\.\d\d× CPU \d+\.\d\d×/);
  }
});

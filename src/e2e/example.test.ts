// The README's first quick-start command, run as a newcomer would: it instruments, runs, traces and prunes the example.
import { execFileSync } from 'child_process';
import * as path from 'path';

test('npm run example instruments the example module, runs it with one span tree, and prunes it back', () => {
  const out = execFileSync('bash', [path.join(__dirname, '..', '..', 'scripts', 'example.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  expect(out).toContain('grand total: $6.30');
  expect(out).toMatch(/^main\.main {2}\S+ {2}example\.com\/shop {2}main\.go:20$/m);
  expect(out).toMatch(/^ {6}catalog\.\(\*Catalog\)\.Price /m);
  // The tree shows where each function is (its code attributes) and the spans that recorded an error.
  expect(out).toMatch(
    /^ {6}catalog\.\(\*Catalog\)\.Price {2}\S+ {2}example\.com\/shop\/catalog {2}catalog\.go:50 {2}error: unknown item: kiwi$/m,
  );
  expect(out).toMatch(
    /^ {4}main\.priceOrder {2}\S+ {2}example\.com\/shop {2}main\.go:52 {2}error: unknown item: kiwi$/m,
  );
  expect(out).toContain('identical to testdata/example');
});

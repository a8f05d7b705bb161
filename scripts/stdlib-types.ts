// The command that regenerates src/stdlib/types.json from a Go installation's standard library source.
// Usage: npx tsx scripts/stdlib-types.ts [GOROOT]   (default: `go env GOROOT`)
// The scanning lives in src/symbols/stdlibTypeScan.ts (it parses) so the test (under tsconfig's rootDir `src`) can re-run it.
import { writeFileSync } from 'fs';
import * as path from 'path';
import { goRootFromGo } from '../src/stdlib/goroot';
import { formatStdlibTypes, scanStdlibTypes } from '../src/symbols/stdlibTypeScan';

/** Where the committed table lives. */
export const TABLE_PATH = path.resolve(__dirname, '..', 'src', 'stdlib', 'types.json');

function main(argv: string[]): void {
  const goroot = argv[0] ?? goRootFromGo();
  const started = Date.now();
  const scan = scanStdlibTypes(goroot);
  const text = formatStdlibTypes(scan.table);
  writeFileSync(TABLE_PATH, text);
  console.error(
    `stdlib-types: ${scan.packages} packages scanned (${scan.files} files parsed) in ${scan.table.generatedFrom}; ` +
      `${Object.keys(scan.table.entries).length} entries (${Buffer.byteLength(text)} bytes) written to ` +
      `${path.relative(process.cwd(), TABLE_PATH)} in ${((Date.now() - started) / 1000).toFixed(1)}s; ` +
      `${scan.conflicts.length} names left out because build targets disagree`,
  );
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(`stdlib-types: ${(e as Error).message}`);
    process.exit(1);
  }
}

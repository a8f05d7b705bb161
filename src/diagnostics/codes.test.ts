// Proves that the README documents every diagnostic code instrgen has, and no code it does not have.
import { readFileSync } from 'fs';
import * as path from 'path';
import { Codes, Diagnostic, formatDiagnostic } from './diagnostic';

const README = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

/** The codes in the first column of the README's tables (`| IG2001 | ... |`), in order. */
function documentedCodes(text: string): string[] {
  return [...text.matchAll(/^\| (IG\d{4}) \|/gm)].map((m) => m[1]);
}

describe('the README code tables', () => {
  test('list every code in Codes exactly once, and nothing else', () => {
    const documented = documentedCodes(README);
    expect(new Set(documented).size).toBe(documented.length);
    expect([...documented].sort()).toEqual(Object.values(Codes).sort());
  });
});

describe('formatDiagnostic', () => {
  test('prints related positions indented below the diagnostic, as go vet does', () => {
    const d: Diagnostic = {
      code: Codes.OutsideImplementation,
      severity: 'warning',
      pos: { file: 'main.go', line: 12, col: 6 },
      message: '(*own).Flush keeps its signature: flusher may hold *bufio.Writer, from outside the module',
      related: [{ pos: { file: 'cmd/x/x.go', line: 3, col: 14 }, message: '*bufio.Writer enters flusher here' }],
    };
    expect(formatDiagnostic(d)).toBe(
      'main.go:12:6: warning IG2012: (*own).Flush keeps its signature: flusher may hold *bufio.Writer, from outside the module\n' +
        '\tcmd/x/x.go:3:14: *bufio.Writer enters flusher here',
    );
    expect(formatDiagnostic({ code: Codes.NoModule, severity: 'error', message: 'no go.mod' })).toBe(
      'error IG1003: no go.mod',
    );
  });
});

import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

// Worker threads cannot load TypeScript under jest's transform, so the comparison runs in a child process under tsx:
// every testdata source with edits that add a context argument (and a few that grow one-line bodies past 100 columns,
// which the layout opens and parses again), rewritten on 2 workers and on this thread, must give the same texts and
// errors, and the workers must have done the work.
describe('rewrittenTexts on worker threads', () => {
  it('gives what rewrittenText gives on this thread, in order', () => {
    const script = `
      const fs = require('fs'), path = require('path');
      const { rewrittenText, rewrittenTexts } = require('./src/edit/rewrite.ts');
      const { ranOnWorkers } = require('./src/parse/parallel.ts');
      const files = [];
      const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (e.name.endsWith('.go') && p.includes('/input/')) files.push(fs.readFileSync(p, 'utf8')); } };
      walk('testdata/cases');
      const jobs = files.map((text) => {
        const edits = [];
        for (const m of text.matchAll(/\\b[a-z]\\w*\\(/g)) {
          const at = m.index + m[0].length;
          if (/^(if|for|func|switch|return)\\($/.test(m[0])) continue;
          edits.push({ start: at, end: at, newText: text[at] === ')' ? 'ctx' : 'ctx, ', message: 'pass ctx', kind: 'pass-context' });
        }
        return { text, edits };
      });
      for (let i = 0; i < 70; i++) {
        const text = 'package p\\n\\nfunc f' + i + '(a int) int { return g(a) + ' + i + ' }\\nfunc g(a int) int { return a }\\n' + (i % 9 ? '' : 'func broken( {\\n');
        const at = text.indexOf('g(a)') + 2;
        jobs.push({ text, edits: [{ start: at, end: at, newText: 'aVeryLongContextArgumentNameThatPushesTheBodyPastTheLimitOfGofmt, ', message: 'pass ctx', kind: 'pass-context' }] });
      }
      const before = ranOnWorkers.jobs;
      const a = rewrittenTexts(jobs);
      const b = jobs.map(rewrittenText);
      const differing = a.filter((x, i) => JSON.stringify(x) !== JSON.stringify(b[i])).length;
      console.log(JSON.stringify({ files: jobs.length, onWorkers: ranOnWorkers.jobs - before, differing, opened: b.filter((x) => x.text.includes('//instrgen:oneline')).length, errors: b.filter((x) => x.errors.length).length }));
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, INSTRGEN_WORKERS: '2' },
    });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(out.files).toBeGreaterThan(100);
    expect(out.onWorkers).toBe(out.files);
    expect(out.differing).toBe(0);
    expect(out.opened).toBeGreaterThanOrEqual(50);
    expect(out.errors).toBeGreaterThanOrEqual(8);
  }, 120_000);
});

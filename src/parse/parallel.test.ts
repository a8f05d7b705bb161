import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

// Worker threads cannot load TypeScript under jest's transform, so the comparison runs in a child process under tsx,
// as the CLI's development runs and the bench do: every testdata source and some generated files (more than the
// threshold below which parsing stays on one thread, and three large ones, more than a worker is sent at once), parsed
// on 2 workers and on this thread, must give the same arrays, texts and errors; parseGoEach hands each file once, and
// a caller that throws leaves no reply to the next call.
describe('parseGoFiles and parseGoEach on worker threads', () => {
  it('gives the trees and errors parseGo gives, in order', () => {
    const script = `
      const fs = require('fs'), path = require('path');
      const { parseGo } = require('./src/parse/parse.ts');
      const { parseGoEach, parseGoFiles, parsedOnWorkers } = require('./src/parse/parallel.ts');
      const texts = [];
      const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) walk(p); else if (e.name.endsWith('.go')) texts.push(fs.readFileSync(p, 'utf8')); } };
      walk('testdata/cases');
      for (let i = 0; i < 80; i++) texts.push('package p\\n\\nfunc f' + i + '(a int) int { return a + ' + i + ' }\\n' + (i % 7 ? '' : 'func broken( {\\n'));
      // Three texts of ~700 K code units, more than a worker is sent ahead (1 M): later texts go as replies come.
      for (let k = 0; k < 3; k++) texts.push('package big\\n\\n' + Array.from({ length: 20000 }, (_, i) => 'func g' + k + '_' + i + '(a int) int { return a + ' + i + ' }\\n').join(''));
      const a = parseGoFiles(texts, 2), b = texts.map((t) => parseGo(t));
      const keys = ['kind', 'field', 'flags', 'start', 'end', 'parent', 'next'];
      const bytes = (a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
      const differs = (x, i) => keys.some((k) => Buffer.compare(bytes(x.tree.data[k]), bytes(b[i].tree.data[k])) !== 0) || JSON.stringify(x.errors) !== JSON.stringify(b[i].errors) || x.tree.rootNode.text !== b[i].tree.rootNode.text || x.tree.rootNode.namedChildren.map((n) => n.type).join() !== b[i].tree.rootNode.namedChildren.map((n) => n.type).join();
      const differing = a.filter(differs).length;
      // The batch's trees come in one slab per worker, freed when the last tree in it is released.
      const slabs = [...new Set(a.map((x) => x.tree.data.kind.buffer))];
      a.forEach((x) => x.tree.release());
      // A caller that throws midway: the replies still to come must not reach the next call.
      let thrown = 0;
      try { parseGoEach(texts, (i) => { if (++thrown === 3) throw new Error('stop'); }, 2); } catch {}
      const onWorkersBefore = parsedOnWorkers.files;
      const uses = new Array(texts.length).fill(0);
      const each = [];
      parseGoEach(texts, (i, p) => { uses[i]++; each[i] = p; }, 2);
      console.log(JSON.stringify({ files: texts.length, onWorkers: parsedOnWorkers.files - onWorkersBefore, differing, eachDiffering: each.filter(differs).length, usedOnce: uses.every((n) => n === 1), thrown, slabs: slabs.length, slabsFreed: slabs.every((b) => b.byteLength === 0), errors: a.filter((x) => x.errors.length).length }));
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, INSTRGEN_WORKERS: '2' },
    });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(out.files).toBeGreaterThan(100);
    expect(out.errors).toBeGreaterThanOrEqual(12);
    expect(out.onWorkers).toBe(out.files);
    expect(out.differing).toBe(0);
    expect(out.thrown).toBe(3);
    expect(out.usedOnce).toBe(true);
    expect(out.eachDiffering).toBe(0);
    expect(out.slabs).toBe(2);
    expect(out.slabsFreed).toBe(true);
  }, 120_000);
});

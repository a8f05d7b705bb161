// The symbols phase's output as text: functions, call sites, value references and unresolved names.
import { formatPosition as at } from '../diagnostics/diagnostic';
import { Program } from './program';

export function symbolsText(p: Program): string {
  const lines: string[] = [`module ${p.modulePath}`];
  for (const f of p.files.values())
    lines.push(
      `file ${f.path} package ${f.pkgName} (${f.pkg})${f.generated ? ' generated' : ''}${f.ignored ? ' ignored' : ''}${f.isTest ? ' test' : ''}`,
    );
  for (const [id, decls] of [...p.funcs].sort(([a], [b]) => (a < b ? -1 : 1)))
    for (const f of decls)
      lines.push(
        `func ${id} ${f.kind} ${at(f.pos)} params=${f.params.arity}${f.ctxParam ? ` ctx=${f.ctxParam.name || '(unnamed)'}` : ''} results=${f.results}${f.entryCall !== undefined ? ' entry-call' : ''}${f.entry ? ' //instrgen:entry' : ''}${f.ignore ? ' //instrgen:ignore' : ''}`,
      );
  for (const c of p.calls)
    lines.push(
      `call ${at(c.pos)} ${c.kind} ${c.from ?? '(package level)'} -> ${c.targets.join(' | ') || '(no implementation)'}${c.via ? ` via ${c.via}` : ''}`,
    );
  for (const v of p.values)
    lines.push(`value ${at(v.pos)} ${v.from ?? '(package level)'} uses ${v.target} as a ${v.form}`);
  for (const u of p.unresolved)
    lines.push(
      `unresolved ${at(u.pos)} .${u.name} in ${u.from ?? '(package level)'}${u.candidates ? ` (only ${u.candidates.join(', ') || 'no module method'})` : ''}`,
    );
  for (const i of p.interfaces)
    for (const [name, impls] of i.implementations) lines.push(`implements ${i.id}.${name}: ${impls.join(', ')}`);
  return lines.join('\n') + '\n';
}

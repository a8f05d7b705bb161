// Uses of module functions as values whose identity something may observe: an adapter closure there would change
// what reflect, runtime.FuncForPC or fmt see (`main.home` would print as `main.main.func1`).
import { Position } from '../diagnostics/diagnostic';
import { FuncValueFlows } from './references';

/**
 * The function values (`fv:<file>:<offset>`) from which a value can reach an observer, through parameters, fields,
 * variables, results and containers as the flows record them, each with the observer it reaches. Fields and package
 * variables are matched by name, which only widens what counts; an observer counts only for function values of
 * packages linked into one program or test binary with it. When an observer gets a value of unknown origin,
 * everything that escaped from view (handed to code outside the module) counts as reaching it.
 */
export function observedFunctionValues(
  flows: FuncValueFlows,
  packageOf: (file: string) => string,
  linked: (a: string, b: string) => boolean,
): Map<string, { what: string; pos: Position }> {
  const into = new Map<string, string[]>();
  for (const [from, to] of flows.edges) {
    const list = into.get(to);
    if (list) list.push(from);
    else into.set(to, [from]);
  }
  // Only places some function value flows to can lead back to one: the walks below skip the others, which changes
  // neither what they reach nor in which order (a place outside this set only leads to places outside it).
  const fedByValue = placesFunctionValuesReach(flows);
  // One walk per package of observers: a function value counts only where a program or test binary links its
  // package with the observer's (fields and variables matched by name would otherwise join unrelated programs).
  const byPackage = new Map<string, FuncValueFlows['sinks']>();
  for (const s of flows.sinks) {
    const p = packageOf(s.pos.file);
    (byPackage.get(p) ?? byPackage.set(p, []).get(p)!).push(s);
  }
  const observed = new Map<string, { what: string; pos: Position }>();
  for (const [site, sinks] of byPackage) {
    const reached = new Map<string, { what: string; pos: Position }>();
    const queue: string[] = [];
    const reach = (node: string, why: { what: string; pos: Position }) => {
      if (reached.has(node) || !fedByValue.has(node)) return;
      reached.set(node, why);
      queue.push(node);
    };
    for (const s of sinks) reach(s.from, { what: s.what, pos: s.pos });
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i];
      if (flows.unknownInto.has(node)) reach('escape', reached.get(node)!);
      for (const from of into.get(node) ?? []) reach(from, reached.get(node)!);
    }
    for (const [k, why] of reached) {
      if (!k.startsWith('fv:') || observed.has(k.slice(3))) continue;
      const file = k.slice(3, k.lastIndexOf(':'));
      if (linked(packageOf(file), site)) observed.set(k.slice(3), why);
    }
  }
  return new Map([...observed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every place a function value (`fv:`) may flow to, the values themselves included: `escape` flows back into unknownInto. */
function placesFunctionValuesReach(flows: FuncValueFlows): Set<string> {
  const out = new Map<string, string[]>();
  const seen = new Set<string>();
  const stack: string[] = [];
  const seed = (p: string) => {
    if (!p.startsWith('fv:') || seen.has(p)) return;
    seen.add(p);
    stack.push(p);
  };
  for (const [from, to] of flows.edges) {
    const list = out.get(from);
    if (list) list.push(to);
    else out.set(from, [to]);
    seed(from);
    seed(to);
  }
  for (const s of flows.sinks) seed(s.from);
  while (stack.length) {
    const p = stack.pop()!;
    const next = p === 'escape' ? [...(out.get(p) ?? []), ...flows.unknownInto] : (out.get(p) ?? []);
    for (const q of next) {
      if (seen.has(q)) continue;
      seen.add(q);
      stack.push(q);
    }
  }
  return seen;
}

// Uses of module functions as values whose identity something may observe: an adapter closure there would change
// what reflect, runtime.FuncForPC or fmt see (`main.home` would print as `main.main.func1`).
import { Position } from '../diagnostics/diagnostic';
import { FuncValueFlows } from './references';

/**
 * The function values (`fv:<file>:<offset>`) from which a value can reach an observer, through parameters, fields,
 * variables, results and containers as the flows record them, each with the observer it reaches. Fields and package
 * variables are matched by name, which only widens what counts. When an observer gets a value of unknown origin,
 * everything that escaped from view (handed to code outside the module) counts as reaching it.
 */
export function observedFunctionValues(flows: FuncValueFlows): Map<string, { what: string; pos: Position }> {
  const into = new Map<string, string[]>();
  for (const [from, to] of flows.edges) {
    const list = into.get(to);
    if (list) list.push(from);
    else into.set(to, [from]);
  }
  const reached = new Map<string, { what: string; pos: Position }>();
  const queue: string[] = [];
  const reach = (node: string, why: { what: string; pos: Position }) => {
    if (reached.has(node)) return;
    reached.set(node, why);
    queue.push(node);
  };
  for (const s of flows.sinks) reach(s.from, { what: s.what, pos: s.pos });
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    if (flows.unknownInto.has(node)) reach('escape', reached.get(node)!);
    for (const from of into.get(node) ?? []) reach(from, reached.get(node)!);
  }
  return new Map([...reached].filter(([k]) => k.startsWith('fv:')).map(([k, v]) => [k.slice(3), v]));
}

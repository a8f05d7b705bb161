// Module interfaces that values of types from outside the module may hold: their methods cannot change, or those
// types would stop satisfying them (`var w bufWriter = bufio.NewWriter(os.Stdout)` stops compiling).
import { Position } from '../diagnostics/diagnostic';
import { FlowSource, InterfaceFlow, Program } from '../symbols/program';

/** Why a module interface is open to types from outside the module: which type, and where it enters. */
export interface OpenInterface {
  /** `*bufio.Writer`, or a description when the type is not known. */
  what: string;
  pos: Position;
}

/** A type name as a reader knows it: `bufio.Writer` for `bufio.Writer`, `app.Buffer` for `example.com/app.Buffer`. */
function shortType(t: string): string {
  const star = t.startsWith('*') ? '*' : '';
  const bare = t.slice(star.length);
  return star + bare.slice(bare.lastIndexOf('/') + 1);
}

/**
 * A path imported by the module that is neither the standard library, the module itself nor the runtime library:
 * its types are unknown to instrgen and may satisfy any interface.
 */
function importsOtherModules(program: Program): boolean {
  const rtlibPaths = new Set<string>();
  for (const f of program.files.values())
    if (f.rtlibQualifier !== undefined && f.imports[f.rtlibQualifier]) rtlibPaths.add(f.imports[f.rtlibQualifier]);
  // Packages instrgen loaded (every module a workspace or a replace joins), not paths below the module path: a
  // nested module's packages share that prefix and are another module's code.
  const own = new Set([...program.files.values()].map((f) => f.pkg));
  for (const f of program.files.values())
    for (const path of Object.values(f.imports)) {
      const first = path.split('/')[0];
      if (!first.includes('.') || own.has(path) || rtlibPaths.has(path)) continue;
      return true;
    }
  return false;
}

/**
 * Works out which module interfaces may hold a type from outside the module. An interface is open when a value of
 * such a type enters it (converted, assigned, passed, returned, stored, sent), when it is asserted to such a type
 * (`p.w.(*bufio.Writer)`), when a module type whose methods are promoted from outside enters it, or when a value
 * of unknown type, or of an interface from outside, enters it or is asserted to it while some type from outside
 * could satisfy it (a standard library type with those methods, or any type of another module the program imports;
 * neither can when the interface has a method with an unexported name, which only its own package can declare):
 *   if f, ok := w.(flushableWriter); ok { f.Flush() }   // w io.Writer may hold a *bufio.Writer
 * A value of another module interface carries that interface's openness with it.
 */
export function openInterfaces(program: Program): Map<string, OpenInterface> {
  let memo = lastAnswers.get(program.interfaceFlows);
  if (!memo) lastAnswers.set(program.interfaceFlows, (memo = { flowInterfaces: flowInterfaces(program) }));
  const last = memo.last;
  if (
    last &&
    last.files === program.files &&
    last.methodSets === program.methodSets &&
    onlyOthersDropped(last.interfaces, program.interfaces, memo.flowInterfaces)
  )
    return last.open;
  const open = workedOut(program);
  memo.last = { files: program.files, methodSets: program.methodSets, interfaces: program.interfaces, open };
  return open;
}

/**
 * The last answer for a program's interface flows (a plan's rounds share them), and the interfaces they name: an
 * answer stands while the files and method sets are the same and only interfaces no flow names have gone (the
 * function groups a round takes out), as only those the flows name are ever looked up.
 */
const lastAnswers = new WeakMap<
  Program['interfaceFlows'],
  {
    flowInterfaces: Set<string>;
    last?: {
      files: Program['files'];
      methodSets: Program['methodSets'];
      interfaces: Program['interfaces'];
      open: Map<string, OpenInterface>;
    };
  }
>();

/** The interfaces the flows name, as where a value goes or where it comes from. */
function flowInterfaces(program: Program): Set<string> {
  const ids = new Set<string>();
  for (const flow of program.interfaceFlows) {
    ids.add(flow.iface);
    if (flow.source.k === 'iface') ids.add(flow.source.iface);
  }
  return ids;
}

/** `now` is `before` with some entries left out (in order, the same objects), none of them an interface in `named`. */
function onlyOthersDropped(before: Program['interfaces'], now: Program['interfaces'], named: Set<string>): boolean {
  if (before === now) return true;
  let j = 0;
  for (const i of before) {
    if (j < now.length && now[j] === i) j++;
    else if (named.has(i.id)) return false;
  }
  return j === now.length;
}

/** The open interfaces worked out afresh from the flows. */
function workedOut(program: Program): Map<string, OpenInterface> {
  const open = new Map<string, OpenInterface>();
  const ifaces = new Map(program.interfaces.map((i) => [i.id, i]));
  const methodSets = new Map(program.methodSets.map((m) => [m.type, m.methods]));
  const otherModules = importsOtherModules(program);
  const mayHoldOutside = (iface: string): string | undefined => {
    // A method with an unexported name can only be declared in the interface's own package: no type from outside
    // the module has it (`ssa.Instruction`'s setBlock), so a value of unknown type that holds one is a module type.
    if ([...(ifaces.get(iface)?.methods.keys() ?? [])].some((n) => !/^\p{Lu}/u.test(n))) return undefined;
    const c = ifaces.get(iface)?.stdlibCandidates ?? [];
    if (c.length)
      return (
        c
          .slice(0, 3)
          .map((t) => `*${shortType(t)}`)
          .join(', ') + (c.length > 3 ? ', ...' : '')
      );
    return otherModules ? 'a type of another module' : undefined;
  };
  const openWith = (iface: string, what: string, pos: Position) => {
    if (!open.has(iface) && ifaces.get(iface)?.methods.size) open.set(iface, { what, pos });
  };
  const edges: Array<{ from: string; to: InterfaceFlow }> = [];
  for (const flow of program.interfaceFlows) {
    const s: FlowSource = flow.source;
    switch (s.k) {
      case 'outside':
        openWith(
          flow.iface,
          s.type.replace(/^(\*?)(.*)$/, (_m, star: string, t: string) => star + shortType(t)),
          flow.pos,
        );
        break;
      case 'module': {
        const own = methodSets.get(s.type);
        const missing = [...(ifaces.get(flow.iface)?.methods.keys() ?? [])].filter((n) => !own?.has(n));
        if (missing.length && flow.how !== 'asserted')
          openWith(
            flow.iface,
            `${shortType(s.type)}, whose ${missing.join(', ')} ${missing.length > 1 ? 'come' : 'comes'} from outside the module`,
            flow.pos,
          );
        break;
      }
      case 'outside-iface':
      case 'unknown': {
        const may = mayHoldOutside(flow.iface);
        const what = s.k === 'unknown' ? 'a value whose type could not be worked out' : `a value of ${s.type}`;
        if (may) openWith(flow.iface, `${what}, which may be ${may}`, flow.pos);
        break;
      }
      case 'iface':
        edges.push({ from: s.iface, to: flow });
        break;
    }
  }
  // A value of an open interface carries its outside types along; asserted to another interface, only those that
  // can satisfy it.
  for (let changed = true; changed;) {
    changed = false;
    for (const { from, to } of edges) {
      const o = open.get(from);
      if (!o || open.has(to.iface)) continue;
      if (to.how === 'asserted' && !mayHoldOutside(to.iface)) continue;
      openWith(to.iface, o.what, to.pos);
      if (open.has(to.iface)) changed = true;
    }
  }
  return open;
}

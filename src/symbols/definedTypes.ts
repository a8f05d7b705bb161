// Type identity between a type written out and a defined type: Go never makes them identical.
//
// A defined type (`runtime.Frame`, `error`, `int`) is identical only to itself, so an interface or struct type written
// out (`interface{}`, `struct{ a int }`) is never one, whatever its members. Before this, a written-out type matched
// any standard library type, and a module interface with `Next() (interface{}, bool)` counted *runtime.Frames, whose
// `Next() (Frame, bool)` cannot satisfy it, as a type from outside that it may hold (IG2012).
import { universeTypes } from '../stdlib/universe';
import { stdlib } from './stdlibTypes';
import { TypeRef } from './typeRefs';

/** Whether one of the two types is an interface or struct type written out and the other a defined type: never identical. */
export function literalAgainstDefined(a: TypeRef, b: TypeRef): boolean {
  const literal = (t: TypeRef) => t.k === 'iface' || t.k === 'struct';
  return (literal(a) && isDefined(b)) || (literal(b) && isDefined(a));
}

/**
 * A predeclared type other than `any` (an alias of `interface{}`), or a standard library type the table resolves to a
 * defined type (an alias followed to its target; one of a type written out is not resolved). A type of another
 * module, which may be an alias of anything, is not known to be defined.
 */
function isDefined(t: TypeRef): boolean {
  if (t.k !== 'named') return false;
  if (t.pkg === '') return universeTypes.has(t.name) && t.name !== 'any' && t.name !== 'comparable';
  return stdlib.canonicalName(t) !== undefined;
}

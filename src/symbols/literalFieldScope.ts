// Which struct fields a composite literal written in a given package can set, whatever its type turns out to be.
//
// Go lets a composite literal set a field with an unexported name only in the package that declares the struct:
// `pkg.T{f: v}` is "unknown field", and the positional `pkg.T{v}` "implicit assignment to unexported field", in any
// other package (a defined type `type U pkg.T`, or an alias, inherits the rule with the fields). So a literal whose
// type the resolver could not work out (a struct type declared inside a function body, `varIndex{arg, w}`) may set
// the function-typed fields of its own package's structs, or exported ones, and no others:
//
//     type filesInputIter struct{ newIter func(io.Reader, string) inputIter }   // package cli
//     vis = append(vis, varIndex{arg, w})                                       // package gojq: cannot set newIter
import { isExported } from '../stdlib/universe';
import { deref, TypeRef } from './typeRefs';

/**
 * Whether a composite literal in package `literalPkg` may set one of the fields `names` of the struct `struct`
 * (`<package path>.<type name>`, declared at package level, so the name holds no dot).
 */
export function literalMaySetField(literalPkg: string, struct: string, names: string[]): boolean {
  const structPkg = struct.slice(0, struct.lastIndexOf('.'));
  return structPkg === literalPkg || names.some((n) => isExported(n));
}

/**
 * Whether a literal of type `t` is of a struct type written out (`struct{ key string; val any }`, a type declared
 * inside a function body as one): its fields are its own, declared there, so it sets no field of a named struct
 * type, however its elements are written. Positional elements of such a literal used to block every function-typed
 * field of the module (`kvs[i] = keyVal{k, v}`).
 */
export function declaresOwnFields(t: TypeRef | undefined): boolean {
  return deref(t)?.k === 'struct';
}

// What the grammar alone tells about a child's field: for a child of one node type under a parent of another, the one
// field the grammar allows it there (or none), read from tree-sitter's node-types.json, so that the tree walk asks the
// native cursor only where the grammar leaves it open.
//
// Why: each cursor read is a native call, and those calls were about half of the parse phase's CPU (x/tools: the walk
// cost as much as the parse). node-types.json lists, for every field of a node type, every type a child in that field
// can have (supertypes such as `_expression` by their subtypes), and the named children that have no field; anonymous
// children without a field and extras (comments) are not listed anywhere.

/** One entry of node-types.json (the members read here). */
export interface NodeTypeInfo {
  type: string;
  named: boolean;
  fields?: Record<string, { types: readonly { type: string; named: boolean }[] }>;
  children?: { types: readonly { type: string; named: boolean }[] };
  subtypes?: readonly { type: string; named: boolean }[];
}

/** fieldOf's answer when the grammar allows a child of that type more than one field, or a field and none. */
export const ASK_CURSOR = -1;

/** The field ids the grammar gives children, by the parent's and the child's node type. */
export interface GrammarShapes {
  /**
   * The field id a child of type `child` (named or not) has under a parent of type `parent` in a tree without errors:
   * 0 when it can have none, ASK_CURSOR when the grammar allows more than one answer.
   */
  fieldOf(parent: string, child: string, childNamed: boolean): number;
}

/** A child type's key in the tables below: a named `(` and an anonymous one are different types. */
const keyOf = (type: string, named: boolean) => (named ? 'n:' : 'a:') + type;

/**
 * The shapes of a grammar from its node-types.json entries and its field names by id. Error recovery can put any node
 * anywhere: a tree with errors must ask the cursor everything.
 */
export function grammarShapes(info: readonly NodeTypeInfo[], fieldNames: readonly (string | null)[]): GrammarShapes {
  const subtypes = new Map<string, readonly { type: string; named: boolean }[]>();
  for (const t of info) if (t.subtypes) subtypes.set(keyOf(t.type, t.named), t.subtypes);
  // The concrete types a listed type stands for (a supertype by its subtypes, which can be supertypes too).
  const concrete = (types: readonly { type: string; named: boolean }[], into = new Set<string>()): Set<string> => {
    for (const t of types) {
      const key = keyOf(t.type, t.named);
      const sub = subtypes.get(key);
      if (sub) concrete(sub, into);
      else into.add(key);
    }
    return into;
  };
  // By parent type: each child type's field id (ASK_CURSOR when several fields list it, or it can also go unfielded).
  const byParent = new Map<string, Map<string, number>>();
  for (const t of info) {
    if (!t.named || !t.fields || !Object.keys(t.fields).length) continue;
    const unfielded = concrete(t.children?.types ?? []);
    const answers = new Map<string, number>();
    for (const [name, field] of Object.entries(t.fields)) {
      const id = fieldNames.indexOf(name);
      if (id <= 0) throw new Error(`node-types.json names a field ${name} the language does not have`);
      for (const key of concrete(field.types)) {
        // An anonymous child in a field may also appear without one (node-types.json does not list those).
        const open = answers.has(key) || unfielded.has(key) || key.startsWith('a:');
        answers.set(key, open ? ASK_CURSOR : id);
      }
    }
    byParent.set(t.type, answers);
  }
  return {
    // A type no field of the parent lists has no field there: extras, anonymous tokens, unfielded named children.
    fieldOf: (parent, child, childNamed) => byParent.get(parent)?.get(keyOf(child, childNamed)) ?? 0,
  };
}

// Proves the two identity rules the symbols phase uses to keep fewer groups: which struct fields a composite literal
// of unknown type may set, and that a type written out is never a defined type.
import { literalAgainstDefined } from './definedTypes';
import { declaresOwnFields, literalMaySetField } from './literalFieldScope';
import { TypeRef } from './typeRefs';

const named = (pkg: string, name: string): TypeRef => ({ k: 'named', pkg, name });
const emptyInterface: TypeRef = { k: 'iface', methods: new Map() };
const structWrittenOut: TypeRef = { k: 'struct', fields: { named: new Map([['key', undefined]]), embedded: [] } };

describe('literalMaySetField', () => {
  it('lets a literal set any field of its own package and only exported fields of another', () => {
    expect(literalMaySetField('example.com/m/cli', 'example.com/m/cli.filesInputIter', ['newIter'])).toBe(true);
    expect(literalMaySetField('example.com/m', 'example.com/m/cli.filesInputIter', ['newIter'])).toBe(false);
    expect(literalMaySetField('example.com/m', 'example.com/m/cli.Options', ['Run'])).toBe(true);
    // One declaration naming an exported and an unexported field shares one type: either name counts.
    expect(literalMaySetField('example.com/m', 'example.com/m/cli.pair', ['a', 'B'])).toBe(true);
  });

  it('tells a package from another whose path it begins', () => {
    expect(literalMaySetField('example.com/m', 'example.com/m.command', ['run'])).toBe(true);
    expect(literalMaySetField('example.com/m/sub', 'example.com/m.command', ['run'])).toBe(false);
  });
});

describe('declaresOwnFields', () => {
  it('is true of a struct type written out, directly or behind a pointer, and false of named or unknown types', () => {
    expect(declaresOwnFields(structWrittenOut)).toBe(true);
    expect(declaresOwnFields({ k: 'ptr', elem: structWrittenOut })).toBe(true);
    expect(declaresOwnFields(named('example.com/m', 'command'))).toBe(false);
    expect(declaresOwnFields(named('', 'link'))).toBe(false); // an opaque local type (it refers to itself)
    expect(declaresOwnFields(undefined)).toBe(false);
  });
});

describe('literalAgainstDefined', () => {
  it('never matches an interface or struct type written out with a defined type', () => {
    expect(literalAgainstDefined(emptyInterface, named('runtime', 'Frame'))).toBe(true);
    expect(literalAgainstDefined(named('runtime', 'Frame'), emptyInterface)).toBe(true);
    expect(literalAgainstDefined(emptyInterface, named('', 'error'))).toBe(true);
    expect(literalAgainstDefined(structWrittenOut, named('', 'int'))).toBe(true);
  });

  it('leaves any, aliases it cannot resolve, other modules and other kinds of types to the looser comparison', () => {
    expect(literalAgainstDefined(emptyInterface, named('', 'any'))).toBe(false);
    expect(literalAgainstDefined(emptyInterface, named('example.org/other', 'Value'))).toBe(false);
    expect(literalAgainstDefined(emptyInterface, named('', 'T'))).toBe(false); // a type parameter
    expect(literalAgainstDefined({ k: 'other' }, named('runtime', 'Frame'))).toBe(false);
    expect(literalAgainstDefined(emptyInterface, structWrittenOut)).toBe(false);
  });
});

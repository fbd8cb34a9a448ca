// The printer as a generator uses it: a syntax tree built in code (no spans) prints to canonical
// WIT that our resolver accepts, and printing what we parse back gives the same text.

import { describe, expect, it } from 'vitest';
import type * as A from '../../compiler/wit/ast.js';
import { parseWitSource } from '../../compiler/wit/index.js';
import { parseFile } from '../../compiler/wit/parser.js';
import { printItem, printWitFile, typeExpr } from '../../compiler/wit/printer.js';

const id = (name: string): A.Ident => ({ name });
const prim = (name: A.PrimitiveTypeName): A.TypeExpr => ({ kind: 'primitive', name });
const named = (name: string): A.TypeExpr => ({ kind: 'name', name: id(name) });

const file: A.WitFile = {
  file: 'generated.wit',
  docs: 'A generated package.',
  package: { namespace: 'example', name: 'gen', version: '0.1.0' },
  items: [
    {
      kind: 'interface',
      name: id('types'),
      docs: 'Shared types.',
      gates: [{ kind: 'since', version: '0.1.0' }],
      items: [
        {
          kind: 'record',
          name: id('tool'),
          gates: [{ kind: 'since', version: '0.1.0' }],
          fields: [
            { name: id('name'), type: prim('string'), gates: [], docs: 'The name.' },
            { name: id('type'), type: { kind: 'option', inner: prim('string') }, gates: [] },
          ],
        },
        { kind: 'enum', name: id('level'), gates: [{ kind: 'since', version: '0.1.0' }], cases: [{ name: id('low'), gates: [] }, { name: id('high'), gates: [] }] },
        {
          kind: 'func',
          name: id('call'),
          gates: [{ kind: 'since', version: '0.1.0' }],
          func: { async: true, params: [{ name: id('tool'), type: named('tool') }], result: { kind: 'result', ok: prim('string'), err: named('level') } },
        },
      ],
    },
    {
      kind: 'world',
      name: id('server'),
      gates: [{ kind: 'since', version: '0.1.0' }],
      items: [{ kind: 'export', gates: [{ kind: 'since', version: '0.1.0' }], target: { kind: 'path', path: { kind: 'local', name: id('types') } } }],
    },
  ],
};

const EXPECTED = `/// A generated package.
package example:gen@0.1.0;

/// Shared types.
@since(version = 0.1.0)
interface types {
  @since(version = 0.1.0)
  record tool {
    /// The name.
    name: string,
    %type: option<string>,
  }

  @since(version = 0.1.0)
  enum level {
    low,
    high,
  }

  @since(version = 0.1.0)
  call: async func(tool: tool) -> result<string, level>;
}

@since(version = 0.1.0)
world server {
  @since(version = 0.1.0)
  export types;
}
`;

describe('printing a syntax tree built in code', () => {
  it('prints canonical WIT (keywords escaped, docs then gates, trailing commas)', () => {
    expect(printWitFile(file)).toBe(EXPECTED);
  });

  it('is accepted by the resolver and re-prints identically', () => {
    const text = printWitFile(file);
    expect(parseWitSource(text, 'generated.wit').diagnostics).toEqual([]);
    expect(printWitFile(parseFile(text, 'generated.wit').file!)).toBe(text);
  });

  it('prints fragments and type expressions on their own', () => {
    expect(typeExpr({ kind: 'result', err: prim('string') })).toBe('result<_, string>');
    expect(typeExpr({ kind: 'list', element: prim('u8'), length: 4 })).toBe('list<u8, 4>');
    expect(typeExpr({ kind: 'stream' })).toBe('stream');
    expect(printItem(file.items[1]!)).toBe('@since(version = 0.1.0)\nworld server {\n  @since(version = 0.1.0)\n  export types;\n}\n');
  });
});

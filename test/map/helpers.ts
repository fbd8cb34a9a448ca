// Small builders for checker tests: an MCP model from a few named types (by hand, independent of
// the schema front end), and a WIT model from WIT text (through the WIT front end).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildMcpModel } from '../../compiler/schema/index.js';
import type { McpModel, McpType, NamedType, Property } from '../../compiler/schema/model.js';
import { parseWitPath, parseWitSource } from '../../compiler/wit/index.js';
import type { WitModel } from '../../compiler/wit/model.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PROPOSALS = `${ROOT}test/fixtures/proposals`;
export const MINI_SCHEMA = `${PROPOSALS}/mini-schema.json`;

export const t = {
  string: { kind: 'primitive', type: 'string' } as McpType,
  integer: { kind: 'primitive', type: 'integer' } as McpType,
  number: { kind: 'primitive', type: 'number' } as McpType,
  boolean: { kind: 'primitive', type: 'boolean' } as McpType,
  json: { kind: 'json' } as McpType,
  ref: (name: string): McpType => ({ kind: 'ref', name }),
  array: (items: McpType): McpType => ({ kind: 'array', items }),
  map: (values: McpType): McpType => ({ kind: 'map', values }),
  enum: (...values: string[]): McpType => ({ kind: 'enum', values }),
  const: (value: string | number | boolean): McpType => ({ kind: 'const', value }),
  union: (members: McpType[], discriminator?: string): McpType =>
    discriminator === undefined ? { kind: 'union', members } : { kind: 'union', members, discriminator },
};

export function prop(name: string, type: McpType, required = true): Property {
  return { name, type, required, pointer: `#/definitions/X/properties/${name}` };
}

export function object(name: string, properties: Property[], additionalProperties?: false | McpType): NamedType {
  const body: NamedType['body'] = additionalProperties === undefined ? { kind: 'object', properties } : { kind: 'object', properties, additionalProperties };
  return { name, origin: 'definition', body, pointer: `#/definitions/${name}` };
}

export function alias(name: string, type: McpType): NamedType {
  return { name, origin: 'definition', body: { kind: 'type', type }, pointer: `#/definitions/${name}` };
}

export function mcpModel(types: NamedType[], methods: McpModel['methods'] = []): McpModel {
  const record = Object.fromEntries(types.map((x) => [x.name, x]));
  return {
    version: 'test',
    dialect: 'draft-07',
    definitionsKey: 'definitions',
    file: 'test-schema.json',
    types: record,
    definitions: types.map((x) => x.name).sort(),
    methods,
    unions: {},
  };
}

/** A WIT model from one source text (a package with one interface `t`, say). */
export function witModel(text: string): WitModel {
  const r = parseWitSource(text, 'test.wit');
  if (!r.model) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.model;
}

export function witDir(path: string): WitModel {
  const r = parseWitPath(path);
  if (!r.model) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.model;
}

export function miniModel(): McpModel {
  const r = buildMcpModel(JSON.parse(readFileSync(MINI_SCHEMA, 'utf8')), { file: MINI_SCHEMA, version: 'mini' });
  if (!r.model) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.model;
}

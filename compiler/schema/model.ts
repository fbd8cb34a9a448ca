// The MCP model: the output of the schema front end. It knows nothing of WIT. Every named type
// (schema definitions and the inline object types they contain) has a stable id before any later
// stage looks at it, so the mapping, reports and generators never read the raw schema.

/** A JSON pointer into the schema document, as `#/definitions/Tool/properties/name`. */
export type JsonPointer = string;

/** The name of a type in the model: a definition name, or a derived name for an inline type. */
export type TypeName = string;

export type PrimitiveKind = 'string' | 'integer' | 'number' | 'boolean' | 'null';

/** A normalized type expression. */
export type McpType =
  | { kind: 'primitive'; type: PrimitiveKind; format?: string; minimum?: number; maximum?: number }
  | { kind: 'const'; value: string | number | boolean | null }
  | { kind: 'enum'; values: string[] }
  | { kind: 'array'; items: McpType }
  /** String-keyed map: an object with no properties whose `additionalProperties` is a schema. */
  | { kind: 'map'; values: McpType }
  /** Anything at all: `{}`, `true`, an open object with no properties, or untyped. */
  | { kind: 'json' }
  | { kind: 'union'; members: McpType[]; discriminator?: string }
  /** A reference to a named type: a definition or a derived inline type. */
  | { kind: 'ref'; name: TypeName };

export interface Property {
  /** The JSON property name, exactly as in the schema (`_meta`, `mimeType`). */
  name: string;
  type: McpType;
  required: boolean;
  description?: string;
  pointer: JsonPointer;
}

/** What a named type is. Objects are the only kind with properties. */
export type TypeBody =
  | {
      kind: 'object';
      properties: Property[];
      /**
       * `false` when the schema closes the object; `json` for `additionalProperties: {}`/`true`;
       * otherwise the schema of extra properties; undefined when the schema says nothing.
       */
      additionalProperties?: false | McpType;
      /**
       * True when the object is the value of a `_meta` property: MCP's extension point, open by
       * MCP's semantics whatever its JSON schema states (the specification's "General fields:
       * `_meta`" reserves it for additional metadata; 2026-07-28's schema.ts declares every meta
       * object as extending `MetaObject = Record<string, unknown>`, which its JSON schema omits).
       */
      meta?: true;
    }
  | { kind: 'type'; type: McpType };

export interface NamedType {
  name: TypeName;
  /** `definition` for a schema definition, `inline` for an anonymous object given a derived name. */
  origin: 'definition' | 'inline';
  /** For inline types: the named type and property path they were found in. */
  parent?: { name: TypeName; path: string[] };
  description?: string;
  body: TypeBody;
  pointer: JsonPointer;
}

export type Direction = 'client-to-server' | 'server-to-client';

export interface Method {
  /** The JSON-RPC method, e.g. `tools/call`. */
  method: string;
  kind: 'request' | 'notification';
  /** The definition that describes the message, e.g. `CallToolRequest`. */
  definition: TypeName;
  /** Sorted; both entries when the message appears in both directions (ping, progress). */
  directions: Direction[];
  /** The params type (a derived inline type or a ref); undefined when the message has none. */
  params?: TypeName;
  paramsRequired: boolean;
  /** Requests only: the result definition, by the pairing rule below. */
  result?: TypeName;
  /** Which pairing rule chose the result, so reports can say why. */
  resultRule?: 'response' | 'by-name' | 'empty-result' | 'exception' | 'task-augmented';
  description?: string;
  pointer: JsonPointer;
}

export interface McpModel {
  /** The version label (the schema file carries none). */
  version: string;
  /** `draft-07` or `2020-12`, from `$schema`. */
  dialect: string;
  /** Where definitions live: `definitions` or `$defs`. */
  definitionsKey: 'definitions' | '$defs';
  /** Where the schema came from, for locations in reports. */
  file: string;
  /** Every named type: definitions and derived inline types, sorted by name. */
  types: Record<TypeName, NamedType>;
  /** Definition names only, sorted: the schema's own inventory. */
  definitions: TypeName[];
  /** Every request and notification, sorted by method then kind. */
  methods: Method[];
  /** Direction unions, by name, as found (ClientRequest, ServerRequest, ...). */
  unions: Record<string, TypeName[]>;
}

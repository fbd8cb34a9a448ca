// Naming conventions between MCP and WIT (docs/mapping.md, "Names"). Pure string functions.

/**
 * Splits an identifier into words the way heck does: non-alphanumerics separate words, a
 * lowercase-to-uppercase change starts a word, and an acronym run ends before its last capital
 * when a lowercase letter follows (`JSONRPCError` -> `JSONRPC`, `Error`). Digits keep the mode of
 * the letter before them.
 */
type Mode = 'boundary' | 'lower' | 'upper';

export function words(name: string): string[] {
  const out: string[] = [];
  for (const word of name.split(/[^\p{L}\p{N}]+/u)) {
    const chars = [...word];
    let start = 0;
    let mode: Mode = 'boundary';
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i] as string;
      const next = chars[i + 1];
      if (next === undefined) {
        out.push(chars.slice(start).join(''));
        break;
      }
      const nextMode: Mode = isLower(c) ? 'lower' : isUpper(c) ? 'upper' : mode;
      if (nextMode === 'lower' && isUpper(next)) {
        out.push(chars.slice(start, i + 1).join(''));
        start = i + 1;
        mode = 'boundary';
      } else if (mode === 'upper' && isUpper(c) && isLower(next)) {
        out.push(chars.slice(start, i).join(''));
        start = i;
        mode = 'boundary';
      } else {
        mode = nextMode;
      }
    }
  }
  return out.filter((w) => w.length > 0);
}

function isLower(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** heck's kebab-case: `JSONRPCError` -> `jsonrpc-error`, `mimeType` -> `mime-type`, `_meta` -> `meta`. */
export function kebab(name: string): string {
  return words(name)
    .map((w) => w.toLowerCase())
    .join('-');
}

/** heck's lowerCamelCase, as jco names record fields: `mime-type` -> `mimeType`, `DNS-error` -> `dnsError`. */
export function lowerCamel(name: string): string {
  return words(name)
    .map((w, i) => (i === 0 ? w.toLowerCase() : capitalize(w)))
    .join('');
}

/** heck's UpperCamelCase, as jco names resources and types: `tool-result` -> `ToolResult`. */
export function upperCamel(name: string): string {
  return words(name).map(capitalize).join('');
}

function capitalize(w: string): string {
  const [first = '', ...rest] = [...w];
  return first.toUpperCase() + rest.join('').toLowerCase();
}

/**
 * The `_meta` key prefix MCP reserves for its own keys (MetaObject: a second label
 * `modelcontextprotocol`). Its keys are the protocol's, so their fields go without it.
 */
export const MCP_META_PREFIX = 'io.modelcontextprotocol/';

/**
 * The WIT field (or parameter) name for an MCP property: `_meta` -> `meta`, `mimeType` ->
 * `mime-type`, `io.modelcontextprotocol/clientInfo` -> `client-info`.
 */
export function fieldName(property: string): string {
  return kebab(property.startsWith(MCP_META_PREFIX) ? property.slice(MCP_META_PREFIX.length) : property);
}

/** The WIT type name for an MCP definition or derived inline type. */
export function typeName(definition: string): string {
  return kebab(definition);
}

/** The WIT enum case or variant case for a string value (`"warning"`, `"resource_link"`). */
export function caseName(value: string): string {
  return kebab(value);
}

/** The WIT function for a request or notification definition: `CallToolRequest` -> `call-tool`. */
export function functionName(definition: string): string {
  const stem = definition.replace(/(Request|Notification)$/, '');
  return kebab(stem.length > 0 ? stem : definition);
}

/** WIT keywords that must be written `%name` in WIT text. */
export const WIT_KEYWORDS: ReadonlySet<string> = new Set([
  'as', 'async', 'bool', 'borrow', 'char', 'constructor', 'enum', 'export', 'f32', 'f64', 'flags',
  'from', 'func', 'future', 'import', 'include', 'interface', 'list', 'map', 'option', 'own',
  'package', 'record', 'resource', 'result', 's8', 's16', 's32', 's64', 'static', 'stream',
  'string', 'tuple', 'type', 'u8', 'u16', 'u32', 'u64', 'use', 'variant', 'with', 'world',
  'error-context', '_',
]);

/** A WIT name as it must appear in WIT text: keywords get a `%` prefix. */
export function witIdent(name: string): string {
  return WIT_KEYWORDS.has(name) ? `%${name}` : name;
}

/** Strips a WIT `%` escape: `%type` -> `type`. */
export function unescapeIdent(name: string): string {
  return name.startsWith('%') ? name.slice(1) : name;
}

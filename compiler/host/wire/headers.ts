// The request metadata headers of Streamable HTTP (2026-07-28, streamable-http.mdx "Request
// Metadata"): `MCP-Protocol-Version`, `Mcp-Method`, `Mcp-Name` and the `Mcp-Param-{Name}` headers a
// tool designates with `x-mcp-header`, checked against the body. Pure: a header bag in, the first
// mismatch out (the caller answers it with HTTP 400 and -32020 HeaderMismatch).

export type Headers = Record<string, string | string[] | undefined>;

const SENTINEL = /^=\?base64\?([A-Za-z0-9+/]*={0,2})\?=$/;

/** A header's value: OWS trimmed (RFC 9110 5.5), the Base64 sentinel decoded; undefined if absent. */
export function headerValue(headers: Headers, name: string): { ok: true; value: string | undefined } | { ok: false; reason: string } {
  const raw = headers[name.toLowerCase()];
  if (raw === undefined) return { ok: true, value: undefined };
  if (Array.isArray(raw)) return { ok: false, reason: `${name} appears more than once` };
  const v = raw.replace(/^[ \t]+|[ \t]+$/g, '');
  // Visible ASCII, space and tab only (RFC 9110 field values); anything else must come Base64-encoded.
  if (!/^[\x20-\x7e\t]*$/.test(v)) return { ok: false, reason: `${name} contains characters not allowed in a header value` };
  const m = SENTINEL.exec(v);
  if (!m) return { ok: true, value: v };
  const bytes = Buffer.from(m[1]!, 'base64');
  if (bytes.toString('base64') !== m[1]) return { ok: false, reason: `${name} is not valid Base64` };
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return { ok: true, value: text };
}

/** An `x-mcp-header` designation: the header name part and the property path to the value. */
export interface ParamHeader {
  name: string;
  path: string[];
}

/** The `x-mcp-header` designations of a tool's input schema, reachable through `properties` only. */
export function paramHeaders(schema: unknown): ParamHeader[] {
  const out: ParamHeader[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (typeof node !== 'object' || node === null) return;
    const props = (node as { properties?: unknown }).properties;
    if (typeof props !== 'object' || props === null) return;
    for (const [key, sub] of Object.entries(props as Record<string, unknown>)) {
      if (typeof sub !== 'object' || sub === null) continue;
      const h = (sub as Record<string, unknown>)['x-mcp-header'];
      if (typeof h === 'string' && /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(h)) out.push({ name: h, path: [...path, key] });
      walk(sub, [...path, key]);
    }
  };
  walk(schema, []);
  return out;
}

function at(value: unknown, path: string[]): unknown {
  let v = value;
  for (const k of path) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/** Whether a header's text stands for the body's value (integers compared numerically). */
function matches(header: string, body: unknown): boolean {
  if (typeof body === 'string') return header === body;
  if (typeof body === 'boolean') return header === String(body);
  if (typeof body === 'number') return header.trim() !== '' && Number(header) === body;
  return false;
}

const NAMED: Record<string, string> = { 'tools/call': 'name', 'prompts/get': 'name', 'resources/read': 'uri' };

/**
 * The first way the headers disagree with the body, or undefined. `protocolVersion` is the
 * body's `_meta` version (undefined when absent: the core refuses that with -32602).
 */
export function headerMismatch(
  headers: Headers,
  method: string,
  params: Record<string, unknown>,
  protocolVersion: unknown,
  inputSchema: (tool: string) => unknown,
): string | undefined {
  const version = headerValue(headers, 'MCP-Protocol-Version');
  if (!version.ok) return version.reason;
  if (version.value === undefined) return 'the MCP-Protocol-Version header is missing';
  if (typeof protocolVersion === 'string' && version.value !== protocolVersion)
    return `MCP-Protocol-Version header value '${version.value}' does not match the body's protocol version '${protocolVersion}'`;
  const m = headerValue(headers, 'Mcp-Method');
  if (!m.ok) return m.reason;
  if (m.value === undefined) return 'the Mcp-Method header is missing';
  if (m.value !== method) return `Mcp-Method header value '${m.value}' does not match body value '${method}'`;
  const field = NAMED[method];
  if (field) {
    const n = headerValue(headers, 'Mcp-Name');
    if (!n.ok) return n.reason;
    const body = params[field];
    if (n.value === undefined) return 'the Mcp-Name header is missing';
    if (n.value !== body) return `Mcp-Name header value '${n.value}' does not match body value '${String(body)}'`;
  }
  if (method === 'tools/call' && typeof params['name'] === 'string') {
    for (const p of paramHeaders(inputSchema(params['name']))) {
      const header = `Mcp-Param-${p.name}`;
      const h = headerValue(headers, header);
      if (!h.ok) return h.reason;
      const value = at(params['arguments'], p.path);
      // No value in the body: the header is not expected (and a stray one is ignored).
      if (value === undefined || value === null) continue;
      if (h.value === undefined) return `the ${header} header is missing`;
      if (!matches(h.value, value)) return `${header} header value '${h.value}' does not match body value '${String(value)}'`;
    }
  }
  return undefined;
}

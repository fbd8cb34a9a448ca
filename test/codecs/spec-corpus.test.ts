// The corpus of MCP 2026-07-28 messages from the specification's pages
// (test/fixtures/spec/2026-07-28/messages.json): (a) it is exactly what scripts/spec-corpus.ts
// makes from ../shared/mcp-spec/2026-07-28 (only where those pages exist: they are not pinned
// files, a fresh clone has none); (b) every message is valid against its own definition in the
// pinned 2026-07-28 schema (ajv, 2020-12), the result of a request also against the branch its
// `resultType` names and an error also against the definition of its code, except the page
// examples listed below as known inconsistencies of the specification, each with ajv's errors.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadMcpModel } from '../../compiler/schema/index.js';
import type { McpModel } from '../../compiler/schema/model.js';
import { locate } from '../../compiler/schema/pins.js';
import { buildCorpus, type Block, type CorpusEntry, DEFAULT_OUT_DIR, DEFAULT_SPEC_DIR, generate, readBlocks, SPEC } from '../../scripts/spec-corpus.js';

const CORPUS_FILE = join(DEFAULT_OUT_DIR, 'messages.json');
const HAVE_PAGES = existsSync(DEFAULT_SPEC_DIR);
if (!HAVE_PAGES) console.warn(`spec-corpus: ${DEFAULT_SPEC_DIR} is absent (as in a fresh clone): the corpus is not compared with the pages`);

const BREVITY = 'the page says: "For brevity, the request examples on this page omit the `_meta` request metadata"';
const NO_META = ["/params required: must have required property '_meta'"];
/**
 * Page examples that the 2026-07-28 schema rejects, where the specification disagrees with itself
 * (every request MUST carry `_meta` with the protocol version and client capabilities; these page
 * examples do not): source -> the definition that rejects it and ajv's errors
 * (`instancePath keyword: message`), with the reason. Codecs that validate against this schema
 * reject them too.
 */
const KNOWN_INCONSISTENCIES: Record<string, { definition: string; errors: string[]; why: string }> = {
  // A non-normative example of trace context: its `_meta` has `traceparent` but not the keys every request must carry.
  'basic/index.mdx#3': {
    definition: 'CallToolRequest',
    errors: [
      "/params/_meta required: must have required property 'io.modelcontextprotocol/clientCapabilities'",
      "/params/_meta required: must have required property 'io.modelcontextprotocol/protocolVersion'",
    ],
    why: 'the page shows trace context in `_meta` and leaves out the required per-request keys',
  },
  'server/prompts.mdx#2': { definition: 'ListPromptsRequest', errors: NO_META, why: BREVITY },
  'server/prompts.mdx#4': { definition: 'GetPromptRequest', errors: NO_META, why: BREVITY },
  'server/resources.mdx#3': { definition: 'ListResourcesRequest', errors: NO_META, why: BREVITY },
  'server/resources.mdx#5': { definition: 'ReadResourceRequest', errors: NO_META, why: BREVITY },
  'server/resources.mdx#7': { definition: 'ListResourceTemplatesRequest', errors: NO_META, why: BREVITY },
  'server/tools.mdx#2': { definition: 'ListToolsRequest', errors: NO_META, why: BREVITY },
  'server/tools.mdx#4': { definition: 'CallToolRequest', errors: NO_META, why: BREVITY },
  'server/tools.mdx#7': { definition: 'CallToolRequest', errors: NO_META, why: BREVITY },
  'server/utilities/completion.mdx#2': { definition: 'CompleteRequest', errors: NO_META, why: BREVITY },
  'server/utilities/completion.mdx#4': { definition: 'CompleteRequest', errors: NO_META, why: BREVITY },
  'server/utilities/pagination.mdx#2': { definition: 'ListResourcesRequest', errors: NO_META, why: BREVITY },
};

type Schema = Record<string, unknown>;
let model: McpModel;
let defs: Record<string, Schema>;
let ajv: Ajv2020;
let corpus: CorpusEntry[];

beforeAll(async () => {
  ({ model } = await loadMcpModel({ spec: SPEC }));
  const schema = JSON.parse(readFileSync((await locate(SPEC)).path, 'utf8')) as Schema;
  defs = schema['$defs'] as Record<string, Schema>;
  // As the codec generator compiles the schema (compiler/emit/codecs/validators.ts): formats are
  // annotations (JSON Schema 2019-09 and later), not checked.
  ajv = new Ajv2020({ strict: false, allErrors: true, formats: { uri: true, byte: true, 'uri-template': true, 'date-time': true, email: true, date: true } });
  ajv.addSchema(schema, 'mcp');
  corpus = JSON.parse(readFileSync(CORPUS_FILE, 'utf8')) as CorpusEntry[];
});

function validator(definition: string): ValidateFunction {
  const v = ajv.getSchema(`mcp#/$defs/${definition}`);
  if (!v) throw new Error(`no definition ${definition} in the ${SPEC} schema`);
  return v;
}

const refsOf = (node: unknown): string[] => {
  const n = (node ?? {}) as { $ref?: string; anyOf?: unknown[] };
  if (typeof n.$ref === 'string') return [n.$ref.replace('#/$defs/', '')];
  return (n.anyOf ?? []).flatMap(refsOf);
};

/** The error code a definition fixes, looking through `allOf` (HeaderMismatchError's `error`). */
function codeConst(node: unknown): number | undefined {
  const n = (node ?? {}) as { properties?: { code?: { const?: unknown } }; allOf?: unknown[] };
  if (typeof n.properties?.code?.const === 'number') return n.properties.code.const;
  for (const m of n.allOf ?? []) {
    const c = codeConst(m);
    if (c !== undefined) return c;
  }
  return undefined;
}

/** What each entry must satisfy: [definition, the part of the message it describes]. */
function checksOf(e: CorpusEntry): [string, unknown][] {
  const m = model.methods.find((x) => x.method === e.method);
  if (!m) throw new Error(`${e.source}: ${e.method} is not a method of ${SPEC}`);
  if (e.kind === 'request' || e.kind === 'notification') return [[m.definition, e.message]];
  if (e.kind === 'result') {
    // The response definition: the one whose `result` is the method's result (CompleteResultResponse),
    // or holds it as an inline union (CallToolResultResponse: InputRequiredResult | CallToolResult).
    const result = model.types[m.result as string];
    const response =
      result?.origin === 'inline'
        ? (result.parent?.name as string)
        : (Object.keys(defs).find((n) => n !== 'JSONRPCResultResponse' && refsOf((defs[n]?.['properties'] as Schema | undefined)?.['result']).includes(m.result as string)) as string);
    const members = refsOf((defs[response]?.['properties'] as Schema)['result']);
    // The specification's rule the schema cannot state: `resultType` picks the branch.
    const r = e.message['result'] as { resultType?: unknown };
    const branch = r.resultType === 'input_required' ? 'InputRequiredResult' : (members.find((x) => x !== 'InputRequiredResult') as string);
    return [
      [response, e.message],
      [branch, r],
    ];
  }
  const code = (e.message['error'] as { code?: unknown }).code;
  const checks: [string, unknown][] = [['JSONRPCErrorResponse', e.message]];
  for (const [name, d] of Object.entries(defs)) {
    const props = d['properties'] as Schema | undefined;
    if (props?.['error'] && codeConst(props['error']) === code) checks.push([name, e.message]);
    else if (!props?.['error'] && codeConst(d) === code) checks.push([name, e.message['error']]);
  }
  return checks;
}

const format = (errors: ErrorObject[] | null | undefined): string[] => (errors ?? []).map((x) => `${x.instancePath || '/'} ${x.keyword}: ${x.message}`);

describe(`the corpus of MCP ${SPEC} messages from the specification pages`, () => {
  it.skipIf(!HAVE_PAGES)(
    `is what scripts/spec-corpus.ts makes from ../shared/mcp-spec/${SPEC}${HAVE_PAGES ? '' : ` (skipped: ${DEFAULT_SPEC_DIR} is absent, as in a fresh clone; the pages are not pinned files)`}`,
    async () => {
      const { files } = await generate();
      for (const [file, text] of Object.entries(files)) {
        expect(readFileSync(file, 'utf8'), `${file}: run npx tsx scripts/spec-corpus.ts`).toBe(text);
      }
    },
  );

  it('every message is valid against its definition in the pinned schema, except the listed inconsistencies of the specification', () => {
    const failures: Record<string, { definition: string; errors: string[] }> = {};
    let checked = 0;
    for (const e of corpus) {
      for (const [definition, value] of checksOf(e)) {
        checked++;
        const v = validator(definition);
        if (!v(value) && !failures[e.source]) failures[e.source] = { definition, errors: format(v.errors) };
      }
    }
    expect(failures).toEqual(Object.fromEntries(Object.entries(KNOWN_INCONSISTENCIES).map(([src, { definition, errors }]) => [src, { definition, errors }])));
    expect(checked).toBeGreaterThan(corpus.length);
  });

  it('covers every kind, and the methods and directions are the schema model’s', () => {
    const kinds = new Set(corpus.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['error', 'notification', 'request', 'result']);
    for (const e of corpus) {
      const m = model.methods.find((x) => x.method === e.method);
      expect(m, e.source).toBeDefined();
      if (e.kind === 'request' || e.kind === 'notification') {
        expect(e.message['method'], e.source).toBe(e.method);
        expect(m?.kind, e.source).toBe(e.kind);
        expect(m?.directions, e.source).toContain(e.direction);
      } else {
        expect(m?.kind, e.source).toBe('request');
        expect(m?.directions.includes(e.direction), `${e.source}: a response goes the other way`).toBe(false);
      }
      expect(e.message['jsonrpc'], e.source).toBe('2.0');
    }
    expect(new Set(corpus.map((e) => e.source)).size).toBe(corpus.length);
  });
});

describe('scripts/spec-corpus.ts', () => {
  const NO_FACTS = { answers: {}, directions: {} };
  const block = (index: string, text: string, page = 'p.mdx'): Block => ({ page, index, lang: 'json', line: 1, text, label: '**Response:**' });

  it('copies a whole message, pairs a response with the request of the same id above it, and says why it leaves a block out', () => {
    const c = buildCorpus(
      [
        block('1', '{ "jsonrpc": "2.0", "id": 7, "method": "tools/list" }'),
        block('2', '{"jsonrpc":"2.0","id":7,"result":{"tools":[],"resultType":"complete"}}'),
        block('3', '{ "capabilities": {} }'),
        block('4', '{ "method": "roots/list" }'),
        block('5', '{\n  "a": 1, // why\n}'),
        block('6', '{ "jsonrpc": "2.0", "id": 1, "method": "some_method" }'),
      ],
      model,
      { facts: NO_FACTS },
    );
    expect(c.entries.map((e) => [e.source, e.kind, e.method, e.direction])).toEqual([
      ['p.mdx#1', 'request', 'tools/list', 'client-to-server'],
      ['p.mdx#2', 'result', 'tools/list', 'server-to-client'],
    ]);
    expect(Object.keys(c.entries[1]?.message['result'] as object)).toEqual(['tools', 'resultType']);
    expect(c.skipped.map((s) => [s.source, s.reason.replace(/:.*|\(.*/s, '').trim()])).toEqual([
      ['p.mdx#3', 'a fragment, not a JSON-RPC message'],
      ['p.mdx#4', 'an input request'],
      ['p.mdx#5', 'not valid JSON'],
      ['p.mdx#6', '`some_method` is not a method of MCP 2026-07-28'],
    ]);
    expect(c.skipped[2]?.reason).toContain('1 `//` comment; trailing commas');
  });

  it('refuses a response it cannot pair, and JSON that would not be copied exactly', () => {
    expect(() => buildCorpus([block('1', '{ "jsonrpc": "2.0", "id": 9, "result": {} }')], model, { facts: NO_FACTS })).toThrow(/p\.mdx:1: p\.mdx#1 is a response but the page shows no request with id 9/);
    expect(() => buildCorpus([block('1', '{ "jsonrpc": "2.0", "method": "notifications/progress", "params": { "progress": 1.0 } }')], model, { facts: NO_FACTS })).toThrow(
      /cannot be copied exactly/,
    );
    expect(() => buildCorpus([block('1', '{ "jsonrpc": "2.0", "method": "notifications/message", "method": "x" }')], model, { facts: NO_FACTS })).toThrow(/cannot be copied exactly/);
  });

  it.skipIf(!HAVE_PAGES)('reads fences inside list items and the JSON body of http blocks', () => {
    const { blocks } = readBlocks(DEFAULT_SPEC_DIR);
    const indented = blocks.find((b) => b.page === 'server/tools.mdx' && b.index === '23');
    expect(indented?.text?.startsWith('{\n  "jsonrpc"')).toBe(true);
    const http = blocks.filter((b) => b.lang === 'http' && b.text !== undefined);
    expect(http.map((b) => `${b.page}#${b.index}`)).toEqual([
      'basic/transports/streamable-http.mdx#http-1',
      'basic/transports/streamable-http.mdx#http-2',
      'basic/transports/streamable-http.mdx#http-3',
    ]);
  });
});

// The notes example of the current proposal (examples/notes, wasi:mcp@0.2.0-preview2, MCP
// 2026-07-28) as a real component: built with componentize-js, transpiled with jco, and driven
// here through its exported handlers with a runtime that records what the component sends. This
// holds the example to the new WIT (per-request context, outcomes, multi round-trip with
// request state, watched resources, cache hints) until the host serves it on the 2026-07-28 wire.

import { beforeAll, describe, expect, it } from 'vitest';
import { errorOf, instantiateExample, type Fn } from './instantiate.js';

interface Sent {
  fn: string;
  args: unknown[];
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();
const sent: Sent[] = [];
let handlers: Record<string, Fn>;

/** The per-request context a 2026-07-28 client sends, as the handler receives it. */
const META = {
  clientCapabilities: { elicitation: { form: encoder.encode('{}') } },
  clientInfo: { name: 'test', version: '1.0.0' },
  logLevel: 'debug',
  protocolVersion: '2026-07-28',
  progressToken: { tag: 'string', val: 'p1' },
};

function calls(fn: string): unknown[][] {
  return sent.filter((s) => s.fn === fn).map((s) => s.args);
}


beforeAll(async () => {
  handlers = await instantiateExample('notes', (fn, args) => void sent.push({ fn, args }));
  handlers.start!();
}, 600_000);

describe('examples/notes (wasi:mcp@0.2.0-preview2)', () => {
  it('registers the server for 2026-07-28 and every list with cache hints', () => {
    const [server] = calls('registerServer');
    expect(server!.slice(3)).toEqual([['2026-07-28'], 60_000n, 'public']);
    expect((server![0] as { name: string }).name).toBe('wasi-mcp-notes');
    for (const fn of ['registerTools', 'registerResources', 'registerResourceTemplates', 'registerPrompts']) {
      const [args] = calls(fn);
      expect(args!.slice(1), fn).toEqual([60_000n, 'public']);
    }
    expect((calls('registerTools')[0]![0] as { name: string }[]).map((t) => t.name)).toEqual(['add-note', 'search-notes', 'edit-note', 'delete-note', 'analyze-notes']);
    expect(calls('serve')).toHaveLength(1);
  });

  it('answers tools/call with a complete outcome, and reads progress and logs off the request context', () => {
    sent.length = 0;
    const out = handlers.callTool!(META, 'analyze-notes', encoder.encode('{"delayMs":0}'), undefined, undefined) as { tag: string; val: { structuredContent: Uint8Array } };
    expect(out.tag).toBe('complete');
    expect(JSON.parse(decoder.decode(out.val.structuredContent))).toMatchObject({ notes: 2 });
    expect(calls('progress').map((a) => a.slice(0, 3))).toEqual([
      [{ tag: 'string', val: 'p1' }, 1, 2],
      [{ tag: 'string', val: 'p1' }, 2, 2],
    ]);
    expect(calls('loggingMessage').length).toBeGreaterThan(0);
  });

  it('asks for confirmation before deleting (input-required), and deletes on the retry with the state it returned', () => {
    const first = handlers.callTool!(META, 'delete-note', encoder.encode('{"id":"1"}'), undefined, undefined) as {
      tag: string;
      val: { inputRequests: [string, { tag: string }][]; requestState: string };
    };
    expect(first.tag).toBe('input-required');
    expect(first.val.inputRequests.map(([k, r]) => [k, r.tag])).toEqual([['confirm', 'elicitation-create']]);
    expect(JSON.parse(first.val.requestState)).toEqual({ id: '1' });

    const declined = handlers.callTool!(META, 'delete-note', encoder.encode('{}'), [['confirm', { tag: 'elicit-result', val: { action: 'decline' } }]], first.val.requestState) as {
      tag: string;
      val: { content: { val: { text: string } }[] };
    };
    expect(declined.tag).toBe('complete');
    expect(declined.val.content[0]!.val.text).toBe('Kept note 1.');

    sent.length = 0;
    const accept = {
      tag: 'elicit-result',
      val: { action: 'accept', content: [['confirm', { tag: 'elicit-result-content-value-case2', val: { tag: 'boolean', val: true } }]] },
    };
    const done = handlers.callTool!(META, 'delete-note', encoder.encode('{}'), [['confirm', accept]], first.val.requestState) as { tag: string; val: { content: { val: { text: string } }[] } };
    expect(done.val.content[0]!.val.text).toBe('Deleted note 1.');
    expect(calls('resourceListChanged')).toHaveLength(1);
    // nobody watches note://1: no resources/updated
    expect(calls('resourceUpdated')).toHaveLength(0);
  });

  it('tells watchers of a resource when it changes, and only them', () => {
    handlers.watchResource!('note://2');
    sent.length = 0;
    handlers.callTool!(META, 'edit-note', encoder.encode('{"id":"2","body":"changed"}'), undefined, undefined);
    expect(calls('resourceUpdated').map((a) => a[0])).toEqual(['note://2']);
    handlers.unwatchResource!('note://2');
    sent.length = 0;
    handlers.callTool!(META, 'edit-note', encoder.encode('{"id":"2","body":"again"}'), undefined, undefined);
    expect(calls('resourceUpdated')).toHaveLength(0);
    expect(errorOf(() => handlers.watchResource!('file:///etc/passwd')).code.tag).toBe('invalid-params');
  });

  it('reads a resource with its cache hints, and refuses an unknown one with invalid-params (2026-07-28)', () => {
    const out = handlers.readResource!(META, 'note://2', undefined, undefined) as { tag: string; val: { ttlMs: bigint; cacheScope: string; contents: unknown[] } };
    expect(out).toMatchObject({ tag: 'complete', val: { ttlMs: 0n, cacheScope: 'public' } });
    expect(out.val.contents).toHaveLength(1);
    expect(errorOf(() => handlers.readResource!(META, 'note://99', undefined, undefined)).code.tag).toBe('invalid-params');
  });

  it('gets a prompt and completes its argument', () => {
    const prompt = handlers.getPrompt!(META, 'summarize-notes', [['tag', 'wasm']], undefined, undefined) as { tag: string; val: { messages: unknown[] } };
    expect(prompt.tag).toBe('complete');
    expect(prompt.val.messages).toHaveLength(2);
    const done = handlers.complete!(META, { tag: 'ref-prompt', val: { name: 'summarize-notes' } }, { name: 'tag', value: 'w' }, undefined) as {
      completion: { values: string[] };
    };
    expect(done.completion.values).toEqual(['wasi', 'wasm']);
  });
});

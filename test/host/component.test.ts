// The host around the conformance component (one component for every suite): a trap answers
// -32603 and a fresh instance serves on (its state gone, open streams' watches given to it
// again); params the codecs reject never reach the component (-32602 with the codec's message);
// the client's input responses reach the handler (sampling, roots); an unknown tool or prompt is
// refused by the host.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../compiler/host/index.js';
import { BUILD_TIMEOUT, exampleWasm, inProcessHost, textOf, until } from './helpers.js';
import { listen, ModernClient, post, withMeta } from './modern.js';

const ALL_CAPS = { 'io.modelcontextprotocol/clientCapabilities': { sampling: {}, elicitation: {}, roots: {} } };

describe('the conformance component', () => {
  let host: RunningHost;
  let c: ModernClient;
  const output: string[] = [];
  beforeAll(async () => {
    host = await inProcessHost(await exampleWasm('conformance'), { componentOutput: (l) => void output.push(l) });
    c = new ModernClient(host.url!, { capabilities: ALL_CAPS['io.modelcontextprotocol/clientCapabilities'] });
  }, BUILD_TIMEOUT);
  afterAll(async () => host?.close());

  const count = async (): Promise<number> => Number(textOf(await c.callTool({ name: 'host_call_count' })));

  it('keeps malformed params from the component, with the codec message', async () => {
    const before = await count();
    const r = await post(host.url!, 'tools/call', withMeta({ name: 'host_call_count', arguments: [1] }));
    expect(r.status).toBe(400);
    expect(r.reply).toMatchObject({ error: { code: -32602, message: /^Invalid params: .*arguments/, data: { path: expect.stringContaining('arguments') } } });
    const bad = await post(host.url!, 'tools/call', withMeta({ name: 'host_call_count', inputResponses: { x: 12345 } }));
    expect(bad.reply).toMatchObject({ error: { code: -32602 } });
    expect((await post(host.url!, 'tools/call', withMeta({ name: 'no_such_tool' }))).reply).toMatchObject({ error: { code: -32602, message: 'Unknown tool: no_such_tool' } });
    expect((await post(host.url!, 'prompts/get', withMeta({ name: 'no_such_prompt' }))).reply).toMatchObject({ error: { code: -32602, message: 'Unknown prompt: no_such_prompt' } });
    expect(await count()).toBe(before + 1); // only the count itself ran
  });

  it('passes sampling and roots responses to the handler on the retry', async () => {
    const asked = await c.callTool({ name: 'test_sampling', arguments: { prompt: 'hi' } });
    expect(asked).toMatchObject({ resultType: 'input_required', inputRequests: { sample: { method: 'sampling/createMessage' } } });
    const answer = { role: 'assistant', content: { type: 'text', text: 'the answer' }, model: 'm', stopReason: 'endTurn' };
    expect(textOf(await c.callTool({ name: 'test_sampling', arguments: { prompt: 'hi' }, inputResponses: { sample: answer } }))).toContain('the answer');
    const roots = await c.callTool({ name: 'host_list_roots', inputResponses: { roots: { roots: [{ uri: 'file:///r', name: 'r' }] } } });
    expect(textOf(roots)).toContain('file:///r');
  });

  it('answers a trap with -32603 and serves on with a fresh instance, which hears the watched URIs again', async () => {
    const sub = await listen(host.url!, { resourceSubscriptions: ['test://watched-resource'] });
    await until(() => sub.messages.length >= 1);
    const watches = host.stats().calls['watchResource'] ?? 0;
    expect(await count()).toBeGreaterThan(1);
    await expect(c.callTool({ name: 'host_trap' })).rejects.toMatchObject({ code: -32603, message: /the component trapped/ });
    expect(host.stats().instantiations).toBe(2);
    expect(host.stats().calls['watchResource']).toBe(watches + 1);
    // The fresh instance counts from its start: the re-watch, then this call.
    expect(await count()).toBe(2);
    sub.close();
    await until(() => host.stats().streams === 0);
  });

  it("keeps the component's stdout off the wire, tagged in the host's output", async () => {
    await c.callTool({ name: 'host_call_count' });
    expect(output.some((l) => /^component\| host_call_count: \d+$/.test(l))).toBe(true);
  });
});

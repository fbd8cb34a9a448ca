// An in-memory MCP 2026-07-28 stateless server for the bridge tests: what the host's core does
// on the wire, with tools that exercise every path of the bridge. It checks each request's
// `_meta` as a 2026-07-28 server must, returns input-required results (one, several and endless
// rounds, keyed state), streams progress and log messages on a request's stream (log messages
// only at or above the request's logLevel, none without one), honours subscriptions/listen
// (acknowledgement first, subscription ids, only the kinds asked for) and aborts on the signal.

import type { JsonObject, ResponseStream, StatelessReply, StatelessRequest, StatelessServer } from '../../../compiler/host/wire/contract.js';

const PV = 'io.modelcontextprotocol/protocolVersion';
const CAPS = 'io.modelcontextprotocol/clientCapabilities';
const INFO = 'io.modelcontextprotocol/clientInfo';
const LEVEL = 'io.modelcontextprotocol/logLevel';
const SUB = 'io.modelcontextprotocol/subscriptionId';
const LEVELS = ['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'];

interface Listen {
  id: string | number;
  filter: JsonObject;
  stream: ResponseStream;
}

const ok = (result: JsonObject): StatelessReply => ({ result: { resultType: 'complete', ...result } });
const err = (code: number, message: string, data?: unknown): StatelessReply => ({ error: { code, message, ...(data === undefined ? {} : { data }) } });
const text = (t: string): JsonObject => ({ content: [{ type: 'text', text: t }] });

export const TOOLS = [
  { name: 'echo', description: 'echoes', inputSchema: { type: 'object', properties: { text: { type: 'string' } } }, icons: [{ src: 'https://example.com/i.png' }] },
  { name: 'whoami', inputSchema: { type: 'object' } },
  { name: 'ask-name', inputSchema: { type: 'object' } },
  { name: 'ask-color', inputSchema: { type: 'object' } },
  { name: 'ask-url', inputSchema: { type: 'object' } },
  { name: 'sample', inputSchema: { type: 'object' } },
  { name: 'roots', inputSchema: { type: 'object' } },
  { name: 'multi', inputSchema: { type: 'object' } },
  { name: 'endless', inputSchema: { type: 'object' } },
  { name: 'wide', inputSchema: { type: 'object', properties: { n: { type: 'integer' } } } },
  { name: 'slow', inputSchema: { type: 'object' } },
  { name: 'logs', inputSchema: { type: 'object' } },
  { name: 'numbers', inputSchema: { type: 'object' }, outputSchema: { type: 'array', items: { type: 'number' } } },
];

export class FakeCore implements StatelessServer {
  readonly requests: StatelessRequest[] = [];
  readonly listens = new Set<Listen>();
  /** Requests whose signal was aborted, by method/tool. */
  readonly aborted: string[] = [];
  capabilities: JsonObject = {
    tools: { listChanged: true },
    resources: { subscribe: true, listChanged: true },
    prompts: { listChanged: true },
    completions: {},
    logging: {},
    extensions: { 'io.modelcontextprotocol/tasks': {} },
  };
  private listenWaiters: (() => void)[] = [];

  async handle(request: StatelessRequest, stream: ResponseStream, signal: AbortSignal): Promise<StatelessReply> {
    this.requests.push(request);
    const meta = (request.params._meta ?? {}) as JsonObject;
    if (meta[PV] !== '2026-07-28') return err(-32022, 'Unsupported protocol version', { supported: ['2026-07-28'], requested: meta[PV] });
    if (typeof meta[CAPS] !== 'object') return err(-32602, 'Invalid params: _meta clientCapabilities is required');
    const p = request.params;
    switch (request.method) {
      case 'server/discover':
        return ok({
          supportedVersions: ['2026-07-28'],
          capabilities: this.capabilities,
          instructions: 'Fake core for the bridge tests.',
          _meta: { 'io.modelcontextprotocol/serverInfo': { name: 'fake-core', version: '1.2.3', title: 'Fake', websiteUrl: 'https://example.com' } },
          ttlMs: 1000,
          cacheScope: 'public',
        });
      case 'tools/list':
        return ok({ tools: TOOLS, ttlMs: 60000, cacheScope: 'private', _meta: { 'io.modelcontextprotocol/serverInfo': { name: 'fake-core', version: '1.2.3' } } });
      case 'tools/call':
        return this.callTool(request, stream, signal);
      case 'resources/list':
        return ok({ resources: [{ uri: 'note://a', name: 'a', icons: [{ src: 'https://example.com/a.png' }] }, { uri: 'note://b', name: 'b' }], ttlMs: 0, cacheScope: 'private' });
      case 'resources/templates/list':
        return ok({ resourceTemplates: [{ uriTemplate: 'note://{name}', name: 'note' }], ttlMs: 0, cacheScope: 'private' });
      case 'resources/read': {
        const uri = String(p.uri);
        if (uri === 'note://secret') {
          const responses = p.inputResponses as JsonObject | undefined;
          const answer = responses?.pin as JsonObject | undefined;
          if (!answer || p.requestState !== 'read-secret')
            return ok({ resultType: 'input_required', inputRequests: { pin: { method: 'elicitation/create', params: { mode: 'form', message: 'PIN?', requestedSchema: { type: 'object', properties: { pin: { type: 'string' } } } } } }, requestState: 'read-secret' });
          return ok({ contents: [{ uri, text: `secret for ${(answer.content as JsonObject).pin}` }], ttlMs: 0, cacheScope: 'private' });
        }
        if (!uri.startsWith('note://a') && !uri.startsWith('note://b')) return err(-32602, 'Resource not found', { uri });
        return ok({ contents: [{ uri, mimeType: 'text/plain', text: `contents of ${uri}` }], ttlMs: 0, cacheScope: 'private' });
      }
      case 'prompts/list':
        return ok({ prompts: [{ name: 'greet', arguments: [{ name: 'who', required: true }] }], ttlMs: 0, cacheScope: 'private' });
      case 'prompts/get':
        return ok({ messages: [{ role: 'user', content: { type: 'text', text: `Hello ${(p.arguments as JsonObject | undefined)?.who}` } }] });
      case 'completion/complete':
        return ok({ completion: { values: ['alpha', 'alpine'].filter((v) => v.startsWith(String((p.argument as JsonObject).value))), hasMore: false } });
      case 'subscriptions/listen':
        return this.listen(request, stream, signal);
      default:
        return err(-32601, 'Method not found');
    }
  }

  /** Sends a notification to every listen stream that asked for its kind (and URI). */
  emit(method: string, params: JsonObject = {}): void {
    for (const l of this.listens) {
      const f = l.filter;
      const wanted =
        method === 'notifications/resources/updated'
          ? ((f.resourceSubscriptions as string[] | undefined) ?? []).some((u) => params.uri === u || String(params.uri).startsWith(`${u}/`))
          : (method === 'notifications/tools/list_changed' && f.toolsListChanged) ||
            (method === 'notifications/prompts/list_changed' && f.promptsListChanged) ||
            (method === 'notifications/resources/list_changed' && f.resourcesListChanged);
      if (wanted) l.stream.send({ method, params: { ...params, _meta: { [SUB]: l.id } } });
    }
  }

  /** Resolves when `n` listen streams are open. */
  async untilListens(n: number): Promise<void> {
    while (this.listens.size !== n) await new Promise<void>((r) => this.listenWaiters.push(r));
  }

  /** Ends every listen stream as a host does when it shuts down. */
  endListens(): void {
    for (const l of [...this.listens]) (l as Listen & { end?: () => void }).end?.();
  }

  private wake(): void {
    const w = this.listenWaiters;
    this.listenWaiters = [];
    for (const f of w) f();
  }

  private listen(request: StatelessRequest, stream: ResponseStream, signal: AbortSignal): Promise<StatelessReply> {
    const asked = (request.params.notifications ?? {}) as JsonObject;
    const filter: JsonObject = {};
    const c = this.capabilities as Record<string, JsonObject | undefined>;
    if (asked.toolsListChanged && c.tools?.listChanged) filter.toolsListChanged = true;
    if (asked.promptsListChanged && c.prompts?.listChanged) filter.promptsListChanged = true;
    if (asked.resourcesListChanged && c.resources?.listChanged) filter.resourcesListChanged = true;
    if (Array.isArray(asked.resourceSubscriptions) && c.resources?.subscribe)
      filter.resourceSubscriptions = (asked.resourceSubscriptions as string[]).filter((u) => u !== 'note://unwatchable');
    stream.send({ method: 'notifications/subscriptions/acknowledged', params: { notifications: filter, _meta: { [SUB]: request.id } } });
    const entry: Listen & { end?: () => void } = { id: request.id, filter, stream };
    this.listens.add(entry);
    this.wake();
    return new Promise((resolve) => {
      const end = (): void => {
        this.listens.delete(entry);
        this.wake();
        resolve(ok({ _meta: { [SUB]: request.id } }));
      };
      entry.end = end;
      signal.addEventListener('abort', end, { once: true });
    });
  }

  private async callTool(request: StatelessRequest, stream: ResponseStream, signal: AbortSignal): Promise<StatelessReply> {
    const p = request.params;
    const meta = p._meta as JsonObject;
    const responses = (p.inputResponses ?? {}) as Record<string, JsonObject>;
    const state = p.requestState as string | undefined;
    const need = (inputRequests: JsonObject, requestState: string): StatelessReply => ok({ resultType: 'input_required', inputRequests, requestState });
    const args = (p.arguments ?? {}) as JsonObject;
    switch (p.name) {
      case 'echo':
        return ok(text(String(args.text)));
      case 'whoami':
        return ok({ ...text(JSON.stringify({ info: meta[INFO], caps: meta[CAPS], level: meta[LEVEL] ?? null })), structuredContent: { info: meta[INFO] ?? null, caps: meta[CAPS], level: meta[LEVEL] ?? null } });
      case 'numbers':
        return ok({ ...text('[1,2,3]'), structuredContent: [1, 2, 3] });
      case 'ask-name':
        if (state !== 'ask-name' || !responses.name)
          return need({ name: { method: 'elicitation/create', params: { mode: 'form', message: 'Your name?', requestedSchema: { type: 'object', properties: { name: { type: 'string', default: 'anon' } }, required: ['name'] } } } }, 'ask-name');
        return ok(text(`${responses.name.action}: ${JSON.stringify(responses.name.content ?? null)}`));
      case 'ask-color':
        if (!responses.color)
          return need(
            {
              color: {
                method: 'elicitation/create',
                params: {
                  mode: 'form',
                  message: 'Color?',
                  requestedSchema: {
                    type: 'object',
                    properties: {
                      color: { type: 'string', title: 'Color', oneOf: [{ const: 'r', title: 'Red' }, { const: 'g', title: 'Green' }] },
                      ...(args.multi ? { more: { type: 'array', items: { type: 'string', enum: ['x', 'y'] } } } : {}),
                    },
                  },
                },
              },
            },
            'ask-color',
          );
        return ok(text(JSON.stringify(responses.color.content)));
      case 'ask-url':
        if (!responses.login) return need({ login: { method: 'elicitation/create', params: { mode: 'url', message: 'Log in', url: 'https://example.com/login' } } }, 'ask-url');
        return ok(text(`url: ${responses.login.action}`));
      case 'sample':
        if (!responses.llm)
          return need({ llm: { method: 'sampling/createMessage', params: { messages: [{ role: 'user', content: [{ type: 'text', text: 'Capital of France?' }] }], maxTokens: 10 } } }, 'sample');
        return ok(text(`model said: ${JSON.stringify((responses.llm as JsonObject).content)}`));
      case 'roots':
        if (!responses.roots) return need({ roots: { method: 'roots/list' } }, 'roots');
        return ok(text(JSON.stringify(responses.roots.roots)));
      case 'multi': {
        // Round 1: elicitation; round 2: sampling and roots at once (state carries round 1's answer).
        if (!state) return need({ a: { method: 'elicitation/create', params: { mode: 'form', message: 'A?', requestedSchema: { type: 'object', properties: { a: { type: 'string' } } } } } }, 'multi-1');
        if (state === 'multi-1') {
          const a = (responses.a?.content as JsonObject | undefined)?.a;
          return need(
            { b: { method: 'sampling/createMessage', params: { messages: [{ role: 'user', content: { type: 'text', text: 'B?' } }], maxTokens: 5 } }, c: { method: 'roots/list' } },
            `multi-2:${a}`,
          );
        }
        const b = (responses.b?.content as JsonObject | undefined)?.text;
        const c = (responses.c?.roots as JsonObject[] | undefined)?.length;
        return ok(text(`${state.slice('multi-2:'.length)} ${b} ${c}`));
      }
      case 'endless':
        return need({ again: { method: 'roots/list' } }, `endless-${this.requests.length}`);
      case 'wide': {
        const n = Number(args.n ?? 2);
        if (Object.keys(responses).length === 0) {
          const reqs: JsonObject = {};
          for (let i = 0; i < n; i++) reqs[`r${i}`] = { method: 'roots/list' };
          return need(reqs, 'wide');
        }
        return ok(text(`${Object.keys(responses).length} answers`));
      }
      case 'slow': {
        const token = meta.progressToken;
        if (token !== undefined) {
          stream.send({ method: 'notifications/progress', params: { progressToken: token, progress: 1, total: 3 } });
          stream.send({ method: 'notifications/progress', params: { progressToken: 'someone-else', progress: 2 } });
          stream.send({ method: 'notifications/progress', params: { progressToken: token, progress: 1 } });
          stream.send({ method: 'notifications/progress', params: { progressToken: token, progress: 2, total: 3 } });
        }
        if (args.wait) {
          await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
          this.aborted.push('slow');
          return err(-32603, 'aborted');
        }
        return ok(text('done'));
      }
      case 'logs': {
        const level = meta[LEVEL];
        if (typeof level === 'string')
          for (const l of ['debug', 'info', 'warning', 'error'])
            if (LEVELS.indexOf(l) >= LEVELS.indexOf(level)) stream.send({ method: 'notifications/message', params: { level: l, logger: 'fake', data: `${l} for ${String(args.who)}` } });
        return ok(text('logged'));
      }
      default:
        return err(-32602, `Unknown tool: ${String(p.name)}`);
    }
  }
}

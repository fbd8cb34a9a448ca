// Shared pieces of the bridge tests: a bridge over a FakeCore, a transport tap that checks every
// message the bridge sends against the session version's schema (the generated ajv validators
// of generated/<version>/codecs), and an HTTP server that routes as the host does.

import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import * as V0618 from '../../../generated/2025-06-18/codecs/validators.js';
import * as V1125 from '../../../generated/2025-11-25/codecs/validators.js';
import { createBridge } from '../../../compiler/host/bridge/index.js';
import type { BridgeSettings } from '../../../compiler/host/bridge/session.js';
import type { LegacyEndpoint, LegacyOptions } from '../../../compiler/host/wire/contract.js';
import { FakeCore } from './fake-core.js';

type Validator = ((v: unknown) => boolean) & { errors?: unknown };
type Validators = Record<string, Validator>;

export const VALIDATORS: Record<string, Validators> = {
  '2025-06-18': V0618 as unknown as Validators,
  '2025-11-25': V1125 as unknown as Validators,
};

const RESULT_VALIDATOR: Record<string, string> = {
  initialize: 'v_InitializeResult',
  'tools/list': 'v_ListToolsResult',
  'tools/call': 'v_CallToolResult',
  'resources/list': 'v_ListResourcesResult',
  'resources/templates/list': 'v_ListResourceTemplatesResult',
  'resources/read': 'v_ReadResourceResult',
  'prompts/list': 'v_ListPromptsResult',
  'prompts/get': 'v_GetPromptResult',
  'completion/complete': 'v_CompleteResult',
  ping: 'v_EmptyResult',
  'logging/setLevel': 'v_EmptyResult',
  'resources/subscribe': 'v_EmptyResult',
  'resources/unsubscribe': 'v_EmptyResult',
};

const PARAMS_VALIDATOR: Record<string, string> = {
  'elicitation/create': 'v_ElicitRequestParams',
  'sampling/createMessage': 'v_CreateMessageRequestParams',
  'notifications/message': 'v_LoggingMessageNotificationParams',
  'notifications/progress': 'v_ProgressNotificationParams',
  'notifications/resources/updated': 'v_ResourceUpdatedNotificationParams',
};

/** Records what crosses a server-side transport, to check it against a version's schema. */
export class Tap implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  readonly sent: JSONRPCMessage[] = [];
  readonly methods = new Map<string | number, string>();

  constructor(readonly inner: Transport) {}

  async start(): Promise<void> {
    this.inner.onclose = () => this.onclose?.();
    this.inner.onerror = (e) => this.onerror?.(e);
    this.inner.onmessage = (m) => {
      if ('method' in m && 'id' in m) this.methods.set(m.id, m.method);
      this.onmessage?.(m);
    };
    await this.inner.start();
  }

  send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    this.sent.push(message);
    return this.inner.send(message, options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /** Every message the bridge sent that `version` does not allow, as `what: reason`. */
  problems(version: string): string[] {
    const v = VALIDATORS[version]!;
    const out: string[] = [];
    const check = (name: string | undefined, value: unknown, what: string): void => {
      if (!name) return;
      const f = v[name];
      if (!f) return void out.push(`${what}: no validator ${name}`);
      if (!f(value)) out.push(`${what}: ${JSON.stringify(f.errors)}`);
    };
    for (const m of this.sent) {
      if ('result' in m) {
        const method = this.methods.get(m.id);
        check(RESULT_VALIDATOR[method ?? ''], m.result, `result of ${method}`);
        for (const k of ['resultType', 'ttlMs', 'cacheScope']) if (k in (m.result as object)) out.push(`result of ${method}: has ${k}`);
      } else if ('method' in m) check(PARAMS_VALIDATOR[m.method], m.params ?? {}, m.method);
    }
    return out;
  }
}

export const OPTIONS: LegacyOptions = {
  maxMessageBytes: 1 << 20,
  maxSessions: 10,
  sessionIdleMs: 0,
  requestTimeoutMs: 5000,
  allowedOrigins: [],
  log: () => undefined,
};

export interface Fixture {
  core: FakeCore;
  bridge: LegacyEndpoint;
  logs: string[];
  /** A server-side in-memory transport connected to the bridge (tapped), and its client side. */
  pair(): Promise<{ client: InMemoryTransport; tap: Tap }>;
}

export function fixture(options: Partial<LegacyOptions & BridgeSettings> = {}): Fixture {
  const core = new FakeCore();
  const logs: string[] = [];
  const bridge = createBridge(core, { ...OPTIONS, log: (l) => logs.push(l), ...options });
  return {
    core,
    bridge,
    logs,
    async pair() {
      const [client, server] = InMemoryTransport.createLinkedPair();
      const tap = new Tap(server);
      await bridge.connect(tap);
      return { client, tap };
    },
  };
}

/** An HTTP server that hands what the bridge claims to it, as the host's does (the rest is 404). */
export async function httpServer(bridge: LegacyEndpoint, maxBody = 1 << 20): Promise<{ url: string; close(): Promise<void> }> {
  const server: HttpServer = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.length > maxBody) return void res.writeHead(413).end();
      let body: unknown;
      try {
        body = text.length > 0 ? JSON.parse(text) : undefined;
      } catch {
        return void res.writeHead(400).end();
      }
      if (!bridge.claims(req, body)) return void res.writeHead(404).end();
      bridge.handleHttp(req, res, body).catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

export function textOf(result: unknown): string {
  const content = (result as { content?: { type: string; text?: string }[] }).content ?? [];
  return content.map((c) => c.text ?? '').join('');
}

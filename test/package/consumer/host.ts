// A strict consumer of the reference host: serve a component over Streamable HTTP on a free
// loopback port, ask it server/discover (MCP 2026-07-28, stateless) with a plain fetch, and close.
import { PROTOCOL_VERSION, startHost, type HostOptions, type RunningHost } from 'wasi-mcp-compiler/host';

const component = process.env.CONSUMER_COMPONENT;
if (!component) throw new Error('set CONSUMER_COMPONENT');
const options: HostOptions = { component, transport: 'http', port: 0, log: () => {} };
if (process.env.CONSUMER_CACHE) options.cacheDir = process.env.CONSUMER_CACHE;
// The key that signs the transpile cache lives outside it; the consumer keeps both in its own folder.
if (process.env.CONSUMER_CACHE_KEY) options.cacheKeyFile = process.env.CONSUMER_CACHE_KEY;
const host: RunningHost = await startHost(options);
try {
  if (!host.url) throw new Error('no url');
  const res = await fetch(host.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': PROTOCOL_VERSION,
      'mcp-method': 'server/discover',
    },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'server/discover',
      params: {
        _meta: {
          'io.modelcontextprotocol/protocolVersion': PROTOCOL_VERSION,
          'io.modelcontextprotocol/clientCapabilities': {},
          'io.modelcontextprotocol/clientInfo': { name: 'consumer', version: '0' },
        },
      },
    }),
  });
  const body = await res.text();
  const json = body.startsWith('{') ? body : (/^data: (.*)$/m.exec(body)?.[1] ?? '');
  const answer = JSON.parse(json) as { result?: { _meta?: Record<string, { name?: string } | undefined> } };
  const server = answer.result?._meta?.['io.modelcontextprotocol/serverInfo']?.name;
  if (res.status !== 200 || server === undefined) throw new Error(`server/discover: HTTP ${res.status} ${body}`);
  console.log(`host ok: ${server} speaks MCP ${PROTOCOL_VERSION}`);
} finally {
  await host.close();
}

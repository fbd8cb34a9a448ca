// An SDK transport whose incoming messages are bounded in size: one over the limit is refused
// (a request gets -32600 with its id; anything else is dropped with a line in the log) and never
// reaches the session. For transports the bridge is handed (stdio), whose reader has parsed it.

import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage, MessageExtraInfo } from '@modelcontextprotocol/sdk/types.js';
import { INVALID_REQUEST } from './errors.js';

export class BoundedTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: <T extends JSONRPCMessage>(message: T, extra?: MessageExtraInfo) => void;

  constructor(
    private readonly inner: Transport,
    private readonly maxBytes: number,
    private readonly log: (line: string) => void,
  ) {}

  get sessionId(): string | undefined {
    return this.inner.sessionId;
  }

  start(): Promise<void> {
    this.inner.onclose = () => this.onclose?.();
    this.inner.onerror = (e) => this.onerror?.(e);
    this.inner.onmessage = (message, extra) => {
      const size = Buffer.byteLength(JSON.stringify(message));
      if (size <= this.maxBytes) return this.onmessage?.(message, extra);
      if ('method' in message && 'id' in message)
        void this.inner.send({ jsonrpc: '2.0', id: message.id, error: { code: INVALID_REQUEST, message: `Invalid Request: message larger than ${this.maxBytes} bytes` } }).catch(() => undefined);
      else this.log(`bridge: dropped a client message of ${size} bytes (over ${this.maxBytes})`);
    };
    return this.inner.start();
  }

  send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    return this.inner.send(message, options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  setProtocolVersion(version: string): void {
    this.inner.setProtocolVersion?.(version);
  }
}

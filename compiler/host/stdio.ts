// The stdio transport: newline-delimited JSON-RPC on stdin/stdout, as MCP's stdio transport
// specifies, with the host's rules for what arrives (jsonrpc.ts): every line that is not a
// valid message gets an error reply, a line over the size limit is answered at once and
// skipped up to its newline (never buffered), and the end of input closes the transport.

import type { Readable, Writable } from 'node:stream';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { classifyText, tooLarge, type ErrorReply } from './jsonrpc.js';

const NEWLINE = 0x0a;

export class LineTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  private parts: Buffer[] = [];
  private size = 0;
  /** Inside a line over the limit: its bytes are dropped up to the next newline. */
  private skipping = false;
  private closed = false;

  constructor(
    private readonly maxBytes: number,
    private readonly input: Readable = process.stdin,
    private readonly output: Writable = process.stdout,
  ) {}

  private readonly onData = (chunk: Buffer): void => {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(NEWLINE, start);
      const piece = chunk.subarray(start, nl < 0 ? chunk.length : nl);
      if (!this.skipping) {
        if (this.size + piece.length > this.maxBytes) {
          this.skipping = true;
          this.parts = [];
          this.size = 0;
          this.reply(tooLarge(this.maxBytes));
        } else if (piece.length > 0) {
          this.parts.push(piece);
          this.size += piece.length;
        }
      }
      if (nl < 0) return;
      if (!this.skipping) this.line(Buffer.concat(this.parts, this.size));
      this.skipping = false;
      this.parts = [];
      this.size = 0;
      start = nl + 1;
    }
  };

  private readonly onEnd = (): void => {
    // A last line without its newline is still a message.
    if (!this.skipping && this.size > 0) this.line(Buffer.concat(this.parts, this.size));
    this.parts = [];
    void this.close();
  };

  private readonly onInputError = (e: Error): void => this.onerror?.(e);

  private line(bytes: Buffer): void {
    const text = bytes.toString('utf8').replace(/\r$/, '');
    if (text.trim() === '') return;
    const c = classifyText(text);
    if (c.ok) this.onmessage?.(c.message);
    else this.reply(c.reply);
  }

  private reply(r: ErrorReply): void {
    void this.write(r);
  }

  private write(value: unknown): Promise<void> {
    return new Promise((resolve) => {
      if (this.closed) return resolve();
      if (this.output.write(`${JSON.stringify(value)}\n`)) resolve();
      else this.output.once('drain', resolve);
    });
  }

  async start(): Promise<void> {
    this.input.on('data', this.onData);
    this.input.on('end', this.onEnd);
    this.input.on('error', this.onInputError);
  }

  send(message: JSONRPCMessage): Promise<void> {
    return this.write(message);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.input.off('data', this.onData);
    this.input.off('end', this.onEnd);
    this.input.off('error', this.onInputError);
    this.input.pause();
    this.onclose?.();
  }
}

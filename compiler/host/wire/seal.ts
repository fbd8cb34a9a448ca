// Sealing of `requestState` (MCP 2026-07-28 multi round-trip requests): the component's state
// leaves the host only inside an envelope the host authenticates, so a client cannot alter it,
// move it to another request, or keep it past its expiry (mrtr.mdx: servers MUST treat it as
// attacker-controlled and MUST reject state that fails verification).
//
// The envelope is `v1.<payload>.<mac>`: payload is base64url of the JSON
// `{"m": method, "k": name or URI, "e": expiry (ms since the epoch), "s": the component's state}`,
// mac is base64url of HMAC-SHA256(key, "v1." + payload). The key is 32 random bytes made when the
// host starts and never written anywhere: a state outlives neither the host process nor its expiry.
// The state is authenticated, not encrypted: the component's text is readable by the client it is
// sent to (the component should not put secrets in it; the WIT docs say the client holds it).

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a sealed state is bound to: the request's method and its tool/prompt name or resource URI. */
export interface StateBinding {
  method: string;
  key: string;
}

export type Unsealed = { ok: true; state: string } | { ok: false; reason: string };

const VERSION = 'v1';

export class StateSealer {
  private readonly key: Buffer;

  constructor(
    /** How long a sealed state is accepted after it was issued. */
    readonly ttlMs: number,
    key: Buffer = randomBytes(32),
    private readonly now: () => number = Date.now,
  ) {
    this.key = key;
  }

  private mac(text: string): Buffer {
    return createHmac('sha256', this.key).update(text, 'utf8').digest();
  }

  seal(binding: StateBinding, state: string): string {
    const payload = Buffer.from(JSON.stringify({ m: binding.method, k: binding.key, e: this.now() + this.ttlMs, s: state }), 'utf8').toString('base64url');
    const signed = `${VERSION}.${payload}`;
    return `${signed}.${this.mac(signed).toString('base64url')}`;
  }

  /** The component's state, if `sealed` is an envelope this host made, for this request, not expired. */
  unseal(binding: StateBinding, sealed: string): Unsealed {
    const parts = sealed.split('.');
    if (parts.length !== 3 || parts[0] !== VERSION) return { ok: false, reason: 'requestState is not a state this server issued' };
    const [, payload, mac] = parts as [string, string, string];
    const expected = this.mac(`${VERSION}.${payload}`);
    const given = Buffer.from(mac, 'base64url');
    // base64url decoding ignores stray characters: compare the canonical form too.
    if (given.length !== expected.length || given.toString('base64url') !== mac || !timingSafeEqual(given, expected))
      return { ok: false, reason: 'requestState failed its integrity check (altered, or issued by another server)' };
    let body: { m?: unknown; k?: unknown; e?: unknown; s?: unknown };
    try {
      body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof body;
    } catch {
      return { ok: false, reason: 'requestState is malformed' };
    }
    if (typeof body.s !== 'string' || typeof body.e !== 'number') return { ok: false, reason: 'requestState is malformed' };
    if (body.m !== binding.method || body.k !== binding.key)
      return { ok: false, reason: `requestState belongs to another request (${String(body.m)} ${JSON.stringify(body.k)})` };
    if (this.now() > body.e) return { ok: false, reason: 'requestState has expired' };
    return { ok: true, state: body.s };
  }
}

// Per-session state the host owns (proposal: logging/setLevel is host-internal, subscriptions
// are tracked per session), kept pure so the rules are testable without a transport.

import type { LoggingLevel } from '@modelcontextprotocol/sdk/types.js';

/** Least to most severe, as the WIT `logging-level` enum and RFC 5424 (reversed). */
export const LOG_LEVELS: readonly LoggingLevel[] = ['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'];

/** Whether a message at `level` goes to a session that set `threshold` (none set: everything goes). */
export function admits(level: LoggingLevel, threshold: LoggingLevel | undefined): boolean {
  return threshold === undefined || LOG_LEVELS.indexOf(level) >= LOG_LEVELS.indexOf(threshold);
}

/**
 * Which sessions are subscribed to which URIs. The component hears only the first subscription
 * to a URI and the last unsubscription (handlers.subscribe / unsubscribe docs).
 */
export class SubscriptionTable<S> {
  private byUri = new Map<string, Set<S>>();

  /** Records the subscription; true if it is the URI's first. */
  add(session: S, uri: string): boolean {
    let set = this.byUri.get(uri);
    const first = set === undefined || set.size === 0;
    if (!set) this.byUri.set(uri, (set = new Set()));
    set.add(session);
    return first;
  }

  /** Whether adding `session` to `uri` would be the URI's first subscription. */
  wouldBeFirst(uri: string): boolean {
    return (this.byUri.get(uri)?.size ?? 0) === 0;
  }

  /** Whether removing `session` from `uri` would leave it without subscribers. */
  wouldBeLast(session: S, uri: string): boolean {
    const set = this.byUri.get(uri);
    return set !== undefined && set.size === 1 && set.has(session);
  }

  /** Removes the subscription; true if it was the URI's last. */
  remove(session: S, uri: string): boolean {
    const set = this.byUri.get(uri);
    if (!set || !set.delete(session)) return false;
    if (set.size > 0) return false;
    this.byUri.delete(uri);
    return true;
  }

  /** Drops a closed session; returns the URIs left without subscribers. */
  drop(session: S): string[] {
    const orphaned: string[] = [];
    for (const [uri, set] of this.byUri) {
      if (set.delete(session) && set.size === 0) {
        this.byUri.delete(uri);
        orphaned.push(uri);
      }
    }
    return orphaned;
  }

  /** Sessions to notify of an update to `uri`: subscribers of it or of a resource it is part of. */
  subscribers(uri: string): Set<S> {
    const out = new Set<S>();
    for (const [sub, set] of this.byUri) if (isWithin(uri, sub)) for (const s of set) out.add(s);
    return out;
  }

  uris(): string[] {
    return [...this.byUri.keys()];
  }
}

/** `uri` is `base` or a sub-resource of it (the resources/updated docs allow either). */
export function isWithin(uri: string, base: string): boolean {
  return uri === base || (uri.startsWith(base) && /^[/#?]/.test(uri.slice(base.length)) && !base.endsWith('/'))
    || (base.endsWith('/') && uri.startsWith(base));
}

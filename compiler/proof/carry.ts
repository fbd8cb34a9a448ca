// Carrying a proposal function's call through the harness: which component, which export the
// host calls, and which host callback sees the call the guest forwards. Shared by
// `codec roundtrip --through-component`, the traffic test and bench/component.ts.

import type { Direction } from '../schema/model.js';
import type { Func, WitModel } from '../wit/model.js';
import type { Harnesses } from './harness.js';
import { proposalInterface } from './harness-wit.js';
import type { Harness } from './host.js';
import { camel } from './names.js';

export interface Route {
  /** `iface.func`, as the codecs list functions (`handlers.call-tool`). */
  fn: string;
  func: Func;
  harness: Harness;
  /** The host callback that receives the guest's forwarded call. */
  side: 'mirror' | 'proposal';
  /** The component export the host calls. */
  call: (...args: unknown[]) => unknown;
}

export function routeOf(h: Harnesses, model: WitModel, fn: string): Route {
  const [iface, name] = fn.split('.') as [string, string];
  const func = proposalInterface(model, iface).functions.find((x) => x.name === name);
  if (!func) throw new Error(`the proposal has no ${fn}`);
  // Exported interfaces reach the host through the mirror, imported ones through the driver.
  const exported = iface === 'handlers' || iface === 'client-handlers';
  const harness = iface === 'handlers' || iface === 'runtime' ? h.backend : h.client;
  const call = (exported ? harness.handlers : harness.driver)[camel(name)];
  if (!call) throw new Error(`the harness has no ${fn}`);
  return { fn, func, harness, side: exported ? 'mirror' : 'proposal', call };
}

export interface Carried {
  /** The arguments the host received, after lowering into the component and lifting out. */
  received?: unknown[];
  returned?: unknown;
  thrown?: unknown;
}

/** Calls `route` with `args`; the host answers the forwarded call with `reply()`. */
export function pushThrough(route: Route, args: unknown[], reply: () => unknown): Carried {
  const out: Carried = {};
  route.harness.host[route.side] = (_name, received) => {
    out.received = received;
    return reply();
  };
  try {
    out.returned = route.call(...args);
  } catch (e) {
    out.thrown = e;
  }
  return out;
}


/**
 * The proposal functions (`iface.func`, as the codecs list them) that carry a message sent in
 * `direction`: a client-to-server message leaves a client component through `client` and
 * enters a server component through `handlers`; server-to-client ones go through `runtime` and
 * `client-handlers`.
 */
export function functionsFor(functions: readonly string[], requestDirection: Direction): string[] {
  const ifaces = requestDirection === 'client-to-server' ? ['client', 'handlers'] : ['runtime', 'client-handlers'];
  return functions.filter((f) => ifaces.includes(f.slice(0, f.indexOf('.'))));
}

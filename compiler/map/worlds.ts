// Worlds and functions of the proposal: which role each world plays, and where a function is.
import type { Direction } from '../schema/model.js';
import type { Func, Interface, WitModel, World, WorldItem } from '../wit/model.js';
import type { Manifest } from './manifest.js';
import { unescapeIdent } from './names.js';
import type { MessageRealizationKind, Role, Side, Source, WorldRoles } from './types.js';

/** The root package's worlds, sorted by name. */
export function rootWorlds(wit: WitModel): World[] {
  return Object.values(wit.worlds)
    .filter((w) => w.package === wit.root)
    .sort((a, b) => cmp(a.name, b.name));
}

export function interfaceName(wit: WitModel, item: Extract<WorldItem, { kind: 'interface' }>): string {
  return wit.interfaces[item.interface]?.name ?? item.name;
}

/** Roles by convention: exporting `handlers` is the server role; exporting `client-handlers` or importing `client` the client role; else by the world's name. */
export function conventionRoles(wit: WitModel, world: World): Role[] {
  const exported = world.exports.filter((i) => i.kind === 'interface').map((i) => interfaceName(wit, i));
  const imported = world.imports.filter((i) => i.kind === 'interface').map((i) => interfaceName(wit, i));
  const roles = new Set<Role>();
  if (exported.includes('handlers')) roles.add('server');
  if (exported.includes('client-handlers') || imported.includes('client')) roles.add('client');
  if (roles.size === 0) {
    if (/proxy/.test(world.name)) {
      roles.add('server');
      roles.add('client');
    } else if (/server|backend/.test(world.name)) roles.add('server');
    else if (/client/.test(world.name)) roles.add('client');
  }
  return (['server', 'client'] as const).filter((r) => roles.has(r));
}

export function worldRoles(wit: WitModel, manifest: Manifest | undefined, locate: (w: World) => string): WorldRoles[] {
  return rootWorlds(wit).map((world) => {
    const stated = manifest?.worlds?.[world.name];
    const roles: Role[] = stated ? (['server', 'client'] as const).filter((r) => stated.includes(r)) : conventionRoles(wit, world);
    const source: Source = stated ? 'manifest' : 'convention';
    return { world: world.name, roles, source, location: locate(world) };
  });
}

/** Which side of a message a role is on in a direction. */
export function sideOf(role: Role, direction: Direction): Side {
  const sends = (role === 'client') === (direction === 'client-to-server');
  return sends ? 'send' : 'receive';
}

/** The default realization and interface for a side of a role. */
export function defaultRealization(role: Role, side: Side): { realization: MessageRealizationKind; interface: string } {
  if (role === 'server') return side === 'receive' ? { realization: 'handler', interface: 'handlers' } : { realization: 'import', interface: 'runtime' };
  return side === 'receive' ? { realization: 'handler', interface: 'client-handlers' } : { realization: 'import', interface: 'client' };
}

export interface FoundFunction {
  /** `interface.function`, or the bare name of a world-level function. */
  ref: string;
  func: Func;
}

/**
 * Finds a function a world exports (handlers) or imports. With an interface given explicitly
 * only that interface is searched; by convention the preferred interface first, then the other
 * interfaces on that side in world order, then world-level functions.
 */
export function findFunction(
  wit: WitModel,
  world: World,
  where: 'exports' | 'imports',
  fn: string,
  iface: { name: string; explicit: boolean } | undefined,
): FoundFunction | undefined {
  const items = world[where];
  const name = unescapeIdent(fn);
  const inInterface = (item: WorldItem): FoundFunction | undefined => {
    if (item.kind !== 'interface') return undefined;
    const i: Interface | undefined = wit.interfaces[item.interface];
    const func = i?.functions.find((f) => f.name === name);
    return func ? { ref: `${interfaceName(wit, item)}.${name}`, func } : undefined;
  };
  const ifaces = items.filter((i): i is Extract<WorldItem, { kind: 'interface' }> => i.kind === 'interface');
  if (iface) {
    const wanted = unescapeIdent(iface.name);
    for (const item of ifaces.filter((i) => interfaceName(wit, i) === wanted)) {
      const found = inInterface(item);
      if (found) return found;
    }
    if (iface.explicit) return undefined;
  }
  for (const item of ifaces) {
    const found = inInterface(item);
    if (found) return found;
  }
  if (!iface?.explicit) {
    for (const item of items) {
      if (item.kind === 'function' && item.func.name === name) return { ref: name, func: item.func };
    }
  }
  return undefined;
}

/** Splits `interface.function` (or a bare function name). */
export function splitRef(ref: string): { interface?: string; name: string } {
  const dot = ref.lastIndexOf('.');
  return dot < 0 ? { name: ref } : { interface: ref.slice(0, dot), name: ref.slice(dot + 1) };
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// What the proposal states that the schema has nothing for. After a spec bump the old WIT keeps
// functions for messages the new version removed (`handlers.subscribe` for `resources/subscribe`)
// and the manifest keeps entries for removed methods and types; none of that fails a comparison,
// because nothing in the new schema asks for it. So every function of the interfaces a checked
// world imports or exports must be accounted for: it realizes a message, it is a registration a
// host-served message names in `from`, or the manifest's `functions` declares it not a message,
// with a reason. And every manifest key must name something the schema defines.
import type { Func, World } from '../wit/model.js';
import type { MapContext } from './context.js';
import { relPath } from './context.js';
import type { MessageItem, StaleItem, WorldRoles } from './types.js';
import { cmp, findFunction, interfaceName, rootWorlds, sideOf, splitRef } from './worlds.js';

interface Declared {
  ref: string;
  func: Func;
  worlds: Set<string>;
}

/** Every function a checked world imports or exports from the root package, by `interface.function` (or bare name). */
function declaredFunctions(ctx: MapContext, worlds: WorldRoles[]): Map<string, Declared> {
  const checked = new Set(worlds.filter((w) => w.roles.length > 0).map((w) => w.world));
  const out = new Map<string, Declared>();
  const add = (ref: string, func: Func, world: string) => {
    const d = out.get(ref) ?? { ref, func, worlds: new Set<string>() };
    d.worlds.add(world);
    out.set(ref, d);
  };
  for (const world of rootWorlds(ctx.wit).filter((w) => checked.has(w.name))) {
    for (const item of [...world.imports, ...world.exports]) {
      if (item.kind === 'function') add(item.func.name, item.func, world.name);
      if (item.kind !== 'interface') continue;
      const iface = ctx.wit.interfaces[item.interface];
      if (!iface || iface.package !== ctx.wit.root) continue;
      for (const func of iface.functions) add(`${interfaceName(ctx.wit, item)}.${func.name}`, func, world.name);
    }
  }
  return out;
}

/** A manifest function reference resolved in a world: `interface.function` as the mapping writes it. */
function resolveRef(ctx: MapContext, world: World, ref: string, where: 'imports' | 'exports' | 'both'): string | undefined {
  const { interface: iface, name } = splitRef(ref);
  const sides: ('imports' | 'exports')[] = where === 'both' ? ['imports', 'exports'] : [where];
  for (const side of sides) {
    const found = findFunction(ctx.wit, world, side, name, iface ? { name: iface, explicit: true } : undefined);
    if (found) return found.ref;
  }
  return undefined;
}

function ptr(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function staleItems(ctx: MapContext, worlds: WorldRoles[], messages: MessageItem[]): StaleItem[] {
  const out: StaleItem[] = [];
  const version = ctx.mcp.version;
  const manifest = ctx.manifest;
  const manifestFile = manifest ? relPath(manifest.file, ctx.baseDir) : '';
  const byName = new Map(rootWorlds(ctx.wit).map((w) => [w.name, w]));
  const checkedWorlds = worlds.filter((w) => w.roles.length > 0).map((w) => byName.get(w.world) as World);

  // Accounted for: realizations found, registrations named by host-served messages, declared helpers.
  const used = new Set<string>();
  for (const m of messages) {
    for (const r of m.realizations) {
      if (r.function && r.location) used.add(r.function);
      const world = byName.get(r.world);
      for (const ref of r.from ?? []) {
        const resolved = world ? resolveRef(ctx, world, ref, 'imports') : undefined;
        if (resolved) used.add(resolved);
      }
    }
  }
  const declaredHelpers = new Set<string>();
  for (const key of Object.keys(manifest?.functions ?? {}).sort()) {
    const refs = checkedWorlds.map((w) => resolveRef(ctx, w, key, 'both')).filter((x): x is string => x !== undefined);
    if (refs.length > 0) {
      for (const r of refs) declaredHelpers.add(r);
      continue;
    }
    out.push({
      kind: 'manifest-function',
      name: key,
      rule: 'stale-manifest-function',
      reason: `the manifest declares ${key} not a message, but no checked world of ${ctx.wit.root} imports or exports it`,
      file: manifestFile,
      jsonPath: `#/functions/${ptr(key)}`,
    });
  }

  // Manifest message entries for methods the schema does not have, and the functions they name.
  const methods = new Set(ctx.mcp.methods.map((x) => x.method));
  const removedFor = new Map<string, { method: string; jsonPath: string; side?: boolean }>();
  for (const method of Object.keys(manifest?.messages ?? {}).sort()) {
    if (methods.has(method)) continue;
    const entry = manifest?.messages?.[method] ?? {};
    const jsonPath = `#/messages/${ptr(method)}`;
    out.push({
      kind: 'manifest-message',
      name: method,
      rule: 'stale-manifest-message',
      reason: `${method} is not a method of MCP ${version}: the entry is stale (remove it, or map the method that replaced it)`,
      file: manifestFile,
      jsonPath,
      method,
    });
    for (const [key, r] of Object.entries(entry).sort(([a], [b]) => cmp(a, b))) {
      const refs = [...(r.function ? [r.function] : []), ...(r.from ?? [])];
      for (const ref of refs) {
        for (const w of checkedWorlds) {
          const resolved = resolveRef(ctx, w, ref, 'both');
          if (resolved && !removedFor.has(resolved)) removedFor.set(resolved, { method, jsonPath: `${jsonPath}/${ptr(key)}` });
        }
      }
    }
  }
  // Entries for one side of a method that no longer travels in that direction (`server:receive`
  // of a notification that is now server-to-client only).
  for (const method of ctx.mcp.methods.filter((x) => manifest?.messages?.[x.method]).sort((a, b) => cmp(a.method, b.method))) {
    const entry = manifest?.messages?.[method.method] ?? {};
    const sides = new Set(method.directions.flatMap((d) => (['server', 'client'] as const).map((role) => `${role}:${sideOf(role, d)}`)));
    for (const [key, r] of Object.entries(entry).sort(([a], [b]) => cmp(a, b))) {
      if (!key.includes(':') || sides.has(key)) continue;
      const jsonPath = `#/messages/${ptr(method.method)}/${ptr(key)}`;
      out.push({
        kind: 'manifest-message',
        name: `${method.method} ${key}`,
        rule: 'stale-manifest-message',
        reason: `${method.method} travels ${method.directions.join(' and ')} in MCP ${version}: the ${key.replace(':', ' role does not ')} it, so the entry is stale`,
        file: manifestFile,
        jsonPath,
        method: method.method,
      });
      for (const ref of [...(r.function ? [r.function] : []), ...(r.from ?? [])]) {
        for (const w of checkedWorlds) {
          const resolved = resolveRef(ctx, w, ref, 'both');
          if (resolved && !removedFor.has(resolved)) removedFor.set(resolved, { method: `${method.method} (${key})`, jsonPath, side: true });
        }
      }
    }
  }
  for (const name of Object.keys(manifest?.types ?? {}).sort()) {
    if (ctx.mcp.types[name]) continue;
    out.push({
      kind: 'manifest-type',
      name,
      rule: 'stale-manifest-type',
      reason: `${name} is not a type of MCP ${version}: the entry is stale (remove it, or key it by the definition that replaced it)`,
      file: manifestFile,
      jsonPath: `#/types/${ptr(name)}`,
    });
  }

  // Functions nothing accounts for.
  for (const d of [...declaredFunctions(ctx, worlds).values()].sort((a, b) => cmp(a.ref, b.ref))) {
    if (used.has(d.ref) || declaredHelpers.has(d.ref)) continue;
    const removed = removedFor.get(d.ref);
    const item: StaleItem = {
      kind: 'function',
      name: d.ref,
      rule: removed ? 'stale-function' : 'function-unaccounted',
      reason: removed
        ? removed.side
          ? `realizes ${removed.method} by the manifest (${removed.jsonPath}), a direction that message no longer travels in MCP ${version}: remove the function`
          : `realizes ${removed.method} by the manifest (${removed.jsonPath}), which is not a method of MCP ${version}: remove the function, or map the method that replaced it to it`
        : `realizes no message of MCP ${version}: no request or notification maps to it, no host-served message names it in "from", and the manifest's "functions" does not declare it not a message`,
      file: relPath(d.func.span.file, ctx.baseDir),
      line: d.func.span.line,
      column: d.func.span.column,
      worlds: [...d.worlds].sort(),
    };
    if (removed) item.method = removed.method.replace(/ \(.*\)$/, '');
    out.push(item);
  }
  const order = ['function', 'manifest-message', 'manifest-type', 'manifest-function'];
  return out.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || cmp(a.name, b.name));
}

/** A stale item's place as text: `file:line:col` or `file#/pointer`. */
export function staleLocation(s: Pick<StaleItem, 'file' | 'line' | 'column' | 'jsonPath'>): string {
  if (s.jsonPath !== undefined) return `${s.file}${s.jsonPath}`;
  return s.line !== undefined ? `${s.file}:${s.line}:${s.column ?? 1}` : s.file;
}

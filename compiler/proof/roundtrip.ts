// `wasi-mcp codec roundtrip --through-component`: each message goes MCP JSON -> codec decode ->
// lowered into a real component (the harness worlds, build.ts) -> lifted back -> codec encode,
// through every proposal function that carries it (in the message's direction when the file
// says which), and must come back as the original JSON. Requests and notifications cross as
// arguments (host -> handler export -> guest -> mirror import -> host, or host -> driver export
// -> guest -> proposal import -> host); results and errors as the host's answer to such a call
// (host -> guest -> host), made with the simplest valid arguments (zero.ts).

import { CompilerError, error } from '../diagnostics.js';
import type { CodecLibrary } from '../emit/codecs/load.js';
import { hostInternalMethods, manifestBeside } from '../map/manifest.js';
import { harnessPackageFor, type BuildOptions } from './build.js';
import { backVerdict } from '../emit/codecs/roundtrip.js';
import type { Direction } from '../schema/model.js';
import { functionsFor, pushThrough, routeOf, type Route } from './carry.js';
import { hitsNegativeS64Bug } from './flat.js';
import { loadHarnesses, reinstantiate } from './harness.js';
import { zeroReply, zeroValue } from './zero.js';

/** One message's verdict: `ok`, a failure (`FAIL: ...`), or a message no function carries. */
export interface Verdict {
  status: 'ok' | 'fail' | 'host-internal';
  text: string;
}

export interface ThroughComponent {
  /** The proposal package the components were built from, e.g. `wasi:mcp@0.1.0-preview2`. */
  package: string;
  check(method: string | undefined, message: unknown, direction?: Direction): Promise<Verdict>;
}

const fail = (text: string): Verdict => ({ status: 'fail', text: `FAIL: ${text}` });

/** Builds (or reuses) and instantiates the components for the codecs of `lib`. */
export async function throughComponent(lib: CodecLibrary, opts: BuildOptions & { strict?: boolean } = {}): Promise<ThroughComponent> {
  // The components are built from the WASI 0.2 package the codecs were made for: the proposal
  // written for their MCP version (current or released), else the generated package.
  const proposalDir = harnessPackageFor(lib.MCP_VERSION);
  if (!proposalDir) {
    throw new CompilerError(
      error('codec-through-component', `--through-component needs the WIT package of MCP ${lib.MCP_VERSION}: no proposal package states that spec and generated/${lib.MCP_VERSION}/wit/preview2 does not exist (run \`wasi-mcp generate wit --spec ${lib.MCP_VERSION}\`)`),
    );
  }
  const hostInternal = hostInternalMethods(manifestBeside(proposalDir));
  const h = await loadHarnesses({ ...opts, proposalDir });
  const model = h.build.harness.model;
  let poisoned = false;

  /** Carries one call; a trap poisons the instance, so the components are instantiated anew. */
  const carry = async (route: Route, args: unknown[], reply: () => unknown) => {
    if (poisoned) {
      await reinstantiate(h);
      poisoned = false;
    }
    const current = routeOf(h, model, route.fn);
    const out = pushThrough(current, args, reply);
    if (out.thrown !== undefined && !isComponentError(out.thrown)) poisoned = true;
    return out;
  };

  const check = async (method: string | undefined, message: unknown, direction?: Direction): Promise<Verdict> => {
    const text = JSON.stringify(message);
    const m = (message ?? {}) as Record<string, unknown>;
    const name = typeof m['method'] === 'string' ? m['method'] : method;
    if (name !== undefined && !lib.methods[name] && hostInternal.has(name)) {
      return { status: 'host-internal', text: `host-internal: no function of ${model.root} carries ${name} (the host handles it)` };
    }
    // Members decode reports as not carried are not expected back (`ok, not carried (reported)`), unless strict.
    const reported: string[] = [];
    const decodeOpts = { onUnknown: (p: string) => reported.push(p) };
    let verdict = 'ok';
    const judge = (fn: string, back: string): Verdict | undefined => {
      const v = backVerdict(message, back, reported, opts.strict === true);
      if (v.startsWith('FAIL: ')) return fail(`${fn}: ${v.slice('FAIL: '.length)}`);
      verdict = v;
      return undefined;
    };
    try {
      if (typeof m['method'] === 'string') {
        const d = lib.decodeRequest(text, decodeOpts);
        const fns = carriers(lib, d.method, direction);
        if (fns.length === 0) return fail(`no function carries ${d.method} ${direction ?? ''}`.trimEnd());
        for (const fn of fns) {
          const route = routeOf(h, model, fn);
          if (hitsNegativeS64Bug(model, route.func.params, d.args)) return fail(`${fn}: not carried: a negative s64 as a flat import argument traps the guest (componentize-js bug #343)`);
          const out = await carry(route, d.args, () => zeroReply(model, route.func.result));
          if (!out.received) return fail(`${fn}: did not reach the host: ${String(out.thrown)}`);
          const failed = judge(fn, lib.encodeRequest(d.method, d.id, ...out.received));
          if (failed) return failed;
        }
        return { status: 'ok', text: verdict };
      }
      if (!method) return fail('a response needs its method: use the list form [{"method", "message"}]');
      const d = lib.decodeResponse(text, method, decodeOpts);
      const id = d.id ?? 0;
      // A response travels back through the functions that carried its request, the other way.
      const requestDirection = direction && (direction === 'client-to-server' ? 'server-to-client' : 'client-to-server');
      const fns = carriers(lib, method, requestDirection);
      if (fns.length === 0) return fail(`no function carries ${method} ${requestDirection ? `requests ${requestDirection}` : ''}`.trimEnd());
      for (const fn of fns) {
        const route = routeOf(h, model, fn);
        const args = route.func.params.map((p) => zeroValue(model, p.type));
        let back: string;
        if ('error' in d) {
          if (route.func.result?.kind !== 'result' || !route.func.result.err) return fail(`${fn}: its result has no err to carry an error response`);
          const out = await carry(route, args, () => {
            throw Object.assign(new Error('error response'), { payload: d.error });
          });
          if (!isComponentError(out.thrown)) return fail(`${fn}: the error did not come back as an err: ${String(out.thrown ?? out.returned)}`);
          back = lib.encodeErrorResponse(id, out.thrown.payload);
        } else {
          const out = await carry(route, args, () => d.result);
          if (out.thrown !== undefined) return fail(`${fn}: the result did not come back: ${String(out.thrown)}`);
          back = lib.encodeResponse(method, id, out.returned);
        }
        const failed = judge(fn, back);
        if (failed) return failed;
      }
      return { status: 'ok', text: verdict };
    } catch (e) {
      if (e instanceof lib.CodecError) return fail(`rejected: ${e.message}`);
      throw e;
    }
  };
  return { package: model.root, check };
}

/** The functions that carry `method`, in the request's direction when known. */
function carriers(lib: CodecLibrary, method: string, requestDirection: Direction | undefined): string[] {
  const all = lib.methods[method]?.functions ?? [];
  return requestDirection ? functionsFor(all, requestDirection) : all;
}

/** What jco throws for a returned `err`: an error with the WIT value as `.payload`. */
function isComponentError(e: unknown): e is { payload: unknown } {
  return typeof e === 'object' && e !== null && 'payload' in e;
}


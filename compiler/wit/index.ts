// Public entry points of the WIT front end. They never throw on bad input: problems come back as
// diagnostics (rendered once by the CLI with renderDiagnostic).

import { error, type Diagnostic } from '../diagnostics.js';
import { checkEncodable } from './checks.js';
import { Abort } from './errors.js';
import { LoadAbort, loadPath, packagesFromFiles, type PackageSource } from './loader.js';
import type { WitModel } from './model.js';
import { Resolver, type ResolveOptions } from './resolve.js';

export type { ResolveOptions } from './resolve.js';
export type { WitModel } from './model.js';

export interface WitResult {
  model?: WitModel;
  diagnostics: Diagnostic[];
}

/** Parse and resolve a WIT file or directory package (with its `deps/`). */
export function parseWitPath(path: string, options: ResolveOptions = {}): WitResult {
  return guarded(() => loadPath(path), options);
}

/** Parse and resolve one WIT source text (it may hold nested `package x:y { }` blocks). */
export function parseWitSource(text: string, fileName: string, options: ResolveOptions = {}): WitResult {
  return guarded(() => packagesFromFiles([{ file: fileName, text }], true, fileName), options);
}

function guarded(load: () => PackageSource[], options: ResolveOptions): WitResult {
  try {
    const sources = load();
    // Names in disabled `@unstable` items must resolve too (see ResolveMode).
    // Like wit-parser: first each package's own names (every item, gated or not), then the
    // packages together with the enabled features (see ResolveMode). Without `@unstable` items a
    // names pass can only fail where the final pass fails, so it runs only then, to pick the
    // error wit-parser would report first.
    const gated = sources.some((src) => src.hasUnstable);
    if (gated) new Resolver(sources, options, 'names').resolve();
    let model: WitModel;
    try {
      model = new Resolver(sources, options, 'final').resolve();
    } catch (e) {
      if (!gated && e instanceof Abort) new Resolver(sources, options, 'names').resolve();
      throw e;
    }
    checkEncodable(model);
    return { model, diagnostics: [] };
  } catch (e) {
    // A unit that does not parse: the units before it were name-resolved first by wit-parser.
    if (e instanceof LoadAbort && e.loaded.length > 0) {
      try {
        new Resolver(e.loaded, options, 'names').resolve();
      } catch (earlier) {
        if (earlier instanceof Abort) return { diagnostics: earlier.diagnostics };
      }
    }
    if (e instanceof Abort) return { diagnostics: e.diagnostics };
    // A bug in the front end: still report, never crash the caller.
    return { diagnostics: [error('wit-internal', `internal error: ${(e as Error)?.stack ?? String(e)}`)] };
  }
}

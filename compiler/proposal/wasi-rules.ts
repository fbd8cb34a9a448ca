// The checks WASI runs on a proposal's WIT (WebAssembly/WASI `.github/scripts/validate-proposals.js`
// and `validate-since.js`), plus this proposal's version and gate policy (docs/proposal.md):
//
// - `wasi-since-missing`: validate-since's rule, line by line as it reads the text: a line
//   declaring an interface, world, type, record, variant, enum, flags or resource needs
//   `@since(version = ...)` or `@unstable(feature = ...)` above it, looking back at most 20 lines
//   through `///` comments, other `@` lines and blank lines only (a `//` comment in between hides
//   the gate from it). `// @stabilize-next` must sit right above an `@unstable` gate.
// - `wasi-gate-missing`: the same rule on the resolved model, for declarations written so that the
//   line patterns miss them (the WIT parser knows every item).
// - `wasi-gate-policy`: the policy: every gate is `@since`; `@unstable` hides the item from every
//   tool run without the feature, so the checker, the codecs and the proof would see a hole.
// - `wasi-deps-lock`: a `deps.toml` needs the `deps.lock` that `wit-deps lock --check` compares.
// - `wasi-variant-version`: the WASI 0.2 and 0.3 packages have one name and distinct versions.
//
// The package encoding (`wasm-tools component wit --wasm`) is the reference parser's verdict,
// which every command that reads WIT asks jco for first.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { error, type Diagnostic } from '../diagnostics.js';
import type { Gate, Span, WitModel } from '../wit/model.js';

const DECLARATIONS: { name: string; re: RegExp }[] = [
  { name: 'interface', re: /^\s*interface\s+([a-z][a-z0-9-]*)\s*\{/i },
  { name: 'world', re: /^\s*world\s+([a-z][a-z0-9-]*)\s*\{/i },
  { name: 'type', re: /^\s*type\s+([a-z][a-z0-9-]*)\s*=/i },
  { name: 'record', re: /^\s*record\s+([a-z][a-z0-9-]*)\s*\{/i },
  { name: 'variant', re: /^\s*variant\s+([a-z][a-z0-9-]*)\s*\{/i },
  { name: 'enum', re: /^\s*enum\s+([a-z][a-z0-9-]*)\s*\{/i },
  { name: 'flags', re: /^\s*flags\s+([a-z][a-z0-9-]*)\s*\{/i },
  { name: 'resource', re: /^\s*resource\s+([a-z][a-z0-9-]*)\s*[{;]/i },
];
const SINCE = /@since\s*\(\s*version\s*=\s*[0-9a-z.-]+\s*\)/i;
const UNSTABLE = /@unstable\s*\(\s*feature\s*=\s*[a-z][a-z0-9-]*\s*\)/i;
const STABILIZE_MARKER = /^\s*\/\/\s*@stabilize-next\s*$/;
const LOOKBACK = 20;

/** WASI's rules apply to packages in the `wasi` namespace: the proposals. */
export function isWasiPackage(model: WitModel): boolean {
  return model.packages[model.root]?.namespace === 'wasi';
}

/** validate-since over one file's text. `file` names it in the diagnostics. */
export function sinceFindings(text: string, file: string): Diagnostic[] {
  const lines = text.split('\n');
  const out: Diagnostic[] = [];
  lines.forEach((line, i) => {
    if (STABILIZE_MARKER.test(line) && !UNSTABLE.test((lines[i + 1] ?? '').trim())) {
      out.push(error('wasi-since-missing', "'// @stabilize-next' must be immediately followed by an @unstable(feature = ...) gate", at(file, i, line)));
    }
    for (const d of DECLARATIONS) {
      const m = d.re.exec(line);
      if (!m) continue;
      if (!gatedAbove(lines, i)) {
        out.push(
          error('wasi-since-missing', `missing @since annotation for ${d.name} '${m[1]}' (WASI's validate-since looks back only through \`///\` docs, \`@\` lines and blank lines)`, at(file, i, line)),
        );
      }
      break;
    }
  });
  return out;
}

function at(file: string, index: number, line: string): Partial<Diagnostic> {
  return { file, line: index + 1, column: line.length - line.trimStart().length + 1 };
}

function gatedAbove(lines: string[], index: number): boolean {
  for (let k = 1; k <= Math.min(index, LOOKBACK); k++) {
    const prev = lines[index - k];
    if (!prev) continue;
    const t = prev.trim();
    if (SINCE.test(t) || UNSTABLE.test(t)) return true;
    if (t.startsWith('///') || t.startsWith('@') || t === '') continue;
    return false;
  }
  return false;
}

/** The gate policy: `@since` only (docs/proposal.md, "Versions and gates"). */
export function policyFindings(text: string, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /^\s*@unstable\s*\(\s*feature\s*=\s*([a-z][a-z0-9-]*)/i.exec(line);
    if (m) {
      out.push(
        error(
          'wasi-gate-policy',
          `@unstable(feature = ${m[1]}): this proposal gates every item with @since (docs/proposal.md, "Versions and gates"); an unstable item is invisible to every tool run without the feature`,
          at(file, i, line),
        ),
      );
    }
  });
  return out;
}

/**
 * The `.wit` files of the package in `dir`: its top-level files (a subdirectory such as `preview2/`
 * is another package, `deps/` holds dependencies), sorted; `dir` itself when it is a file.
 */
export function witFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return dir.endsWith('.wit') ? [dir] : [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.wit'))
    .map((e) => e.name)
    .sort()
    .map((n) => join(dir, n));
}

/**
 * WASI's rules and the policy for one WIT package directory (its root package, as resolved in
 * `model`). Files are read from `dir`; the model supplies what the line patterns cannot see.
 */
export function wasiFindings(dir: string, model: WitModel, files: { file: string; text: string }[] = readAll(dir)): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of files) out.push(...sinceFindings(f.text, f.file));
  // Read from the text: the resolver leaves out items whose feature is off.
  for (const f of files) out.push(...policyFindings(f.text, f.file));
  const flagged = new Set(out.map((d) => `${d.file}:${d.line}`));
  for (const item of gatedItems(model)) {
    const where = { file: item.span.file, line: item.span.line, column: item.span.column };
    if (item.gates.length === 0 && !flagged.has(`${item.span.file}:${item.span.line}`)) {
      out.push(error('wasi-gate-missing', `${item.what} \`${item.name}\` has no @since or @unstable gate`, where));
    }
  }
  if (existsSync(dir) && statSync(dir).isDirectory() && existsSync(join(dir, 'deps.toml')) && !existsSync(join(dir, 'deps.lock'))) {
    out.push(error('wasi-deps-lock', 'deps.toml has no deps.lock beside it: `wit-deps lock --check` fails; run `wit-deps lock`', { file: join(dir, 'deps.toml') }));
  }
  return out;
}

function readAll(dir: string): { file: string; text: string }[] {
  return witFiles(dir).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

interface GatedItem {
  what: string;
  name: string;
  gates: Gate[];
  span: Span;
}

/** The root package's interfaces, worlds and type definitions: what WASI requires gates on. */
function gatedItems(model: WitModel): GatedItem[] {
  const root = model.packages[model.root];
  if (!root) return [];
  const out: GatedItem[] = [];
  for (const id of root.interfaces) {
    const i = model.interfaces[id]!;
    out.push({ what: 'interface', name: i.name, gates: i.gates, span: i.span });
    for (const [local, tid] of Object.entries(i.types)) {
      if (i.uses?.[local]) continue;
      const t = model.types[tid]!;
      out.push({ what: t.kind === 'alias' ? 'type' : t.kind, name: t.name, gates: t.gates, span: t.span });
    }
  }
  for (const id of root.worlds) {
    const w = model.worlds[id]!;
    out.push({ what: 'world', name: w.name, gates: w.gates, span: w.span });
    for (const t of Object.values(model.types)) {
      if (t.owner.package === root.id && t.owner.world === w.name && t.owner.interface === undefined) {
        out.push({ what: t.kind === 'alias' ? 'type' : t.kind, name: t.name, gates: t.gates, span: t.span });
      }
    }
  }
  return out.sort((a, b) => (a.span.file === b.span.file ? a.span.offset - b.span.offset : a.span.file < b.span.file ? -1 : 1));
}

/** The two variants are one package: same namespace and name, distinct versions. */
export function variantFindings(p2: WitModel, p3: WitModel, p2Dir: string, p3Dir: string): Diagnostic[] {
  const a = p2.packages[p2.root];
  const b = p3.packages[p3.root];
  if (!a || !b) return [];
  const out: Diagnostic[] = [];
  if (a.namespace !== b.namespace || a.name !== b.name) {
    out.push(error('wasi-variant-version', `the WASI 0.2 package (${a.id}, ${p2Dir}) and the WASI 0.3 package (${b.id}, ${p3Dir}) have different names`, { file: p2Dir }));
  } else if ((a.version ?? '') === (b.version ?? '')) {
    out.push(error('wasi-variant-version', `the WASI 0.2 and 0.3 packages have the same version ${a.id}: a registry could not tell them apart`, { file: p2Dir }));
  }
  return out;
}

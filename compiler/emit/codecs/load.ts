// Loading a generated codec library at run time (for the CLI): the committed TypeScript of
// generated/<version>/codecs (or, for a version with none committed, freshly generated) is
// transpiled to JavaScript in a content-addressed cache directory and imported. Works the same
// from source (tsx) and from dist/.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../../paths.js';

/** The shape of a generated codec library, as the CLI uses it. */
export interface CodecLibrary {
  MCP_VERSION: string;
  WIT_PACKAGE: string;
  methods: Record<string, MethodCodecLike>;
  /** `opts.onUnknown` is told the pointer of each member the decoded WIT value does not carry. */
  decodeRequest(text: string, opts?: { onUnknown?: (pointer: string) => void; strict?: boolean }): { id?: string | number; method: string; args: unknown[] };
  decodeResponse(text: string, method: string, opts?: { onUnknown?: (pointer: string) => void; strict?: boolean }): { id?: string | number; result: unknown } | { id?: string | number; error: unknown };
  encodeRequest(method: string, id: string | number | undefined, ...args: unknown[]): string;
  encodeResponse(method: string, id: string | number, value: unknown): string;
  encodeErrorResponse(id: string | number, error: unknown): string;
  CodecError: new (...a: never[]) => Error & { path: string; rule: string; detail: string };
}

export interface MethodCodecLike {
  method: string;
  kind: 'request' | 'notification';
  functions: string[];
  decodeParams(params: unknown): unknown[];
  decodeResult?(result: unknown): unknown;
}

function filesUnder(dir: string): { path: string; content: string }[] {
  const out: { path: string; content: string }[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ path: relative(dir, p).split(sep).join('/'), content: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

/** Generates the codec library of an MCP version into `out` (the pipeline's `generateCodecs`, handed in by the CLI). */
export type GenerateInto = (version: string, out: string) => Promise<{ files: { path: string; content: string }[] }>;

export async function loadCodecs(spec: string | undefined, generate: GenerateInto): Promise<CodecLibrary> {
  let files: { path: string; content: string }[];
  const version = spec ?? (JSON.parse(readFileSync(join(repoRoot(), 'mcp-schema', 'versions.json'), 'utf8')) as { default: string }).default;
  const committed = join(repoRoot(), 'generated', version, 'codecs');
  if (existsSync(join(committed, 'index.ts'))) files = filesUnder(committed);
  else {
    const out = join(tmpdir(), 'wasi-mcp-codecs-src');
    const generated = await generate(version, out);
    files = generated.files.map((f) => ({ path: relative(out, f.path).split(sep).join('/'), content: f.content }));
  }
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.path).update('\0').update(f.content).update('\0');
  const dir = join(tmpdir(), 'wasi-mcp-codecs', `${version}-${hash.digest('hex').slice(0, 16)}`);
  if (!existsSync(join(dir, 'index.js'))) {
    // The TypeScript compiler is loaded only when the cache misses: it is most of the start-up time.
    const { ts } = await import('ts-morph');
    const staging = `${dir}.${process.pid}.tmp`;
    for (const f of files) {
      if (f.path.endsWith('.d.ts')) continue;
      const target = join(staging, f.path.replace(/\.ts$/, '.js'));
      mkdirSync(dirname(target), { recursive: true });
      const js = f.path.endsWith('.ts')
        ? ts.transpileModule(f.content, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText
        : f.content;
      writeFileSync(target, js);
    }
    writeFileSync(join(staging, 'package.json'), '{"type":"module"}\n');
    mkdirSync(dirname(dir), { recursive: true });
    try {
      renameSync(staging, dir);
    } catch {
      // Another process got there first: its copy is identical (same content hash).
    }
  }
  return (await import(pathToFileURL(join(dir, 'index.js')).href)) as CodecLibrary;
}

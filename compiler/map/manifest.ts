// The mapping manifest (`wit/mcp-mapping.json`): loaded, validated against its JSON Schema
// (`wit/mcp-mapping.schema.json`) and returned as data. Problems are diagnostics with the file and
// a JSON pointer; nothing here knows either model.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import compiledValidator from './manifest-validator.js';
import { CompilerError, type Diagnostic, error, lineColumn } from '../diagnostics.js';
import type { MessageRealizationKind, Role } from './types.js';

export interface ManifestRealization {
  realization: MessageRealizationKind;
  function?: string;
  from?: string[];
  reason?: string;
}

/** Keys: `server`, `client`, or `server:send`, `server:receive`, `client:send`, `client:receive`. */
export type ManifestMessage = Record<string, ManifestRealization>;

export interface ManifestType {
  type?: string;
  /** With `type`, for an open object carried by a record: the field holding the members beyond the declared ones. */
  rest?: string;
  realization?: 'excluded' | 'realized-as-function';
  function?: string;
  reason?: string;
}

/** A function of the proposal that carries no MCP message (an entry point, a helper), and why. */
export interface ManifestFunction {
  realization: 'not-a-message';
  reason: string;
}

export interface Manifest {
  /** The file it came from, as given. */
  file: string;
  spec?: string;
  worlds?: Record<string, Role[]>;
  messages?: Record<string, ManifestMessage>;
  types?: Record<string, ManifestType>;
  functions?: Record<string, ManifestFunction>;
}

/** Where the manifest's JSON Schema lives: `wit/mcp-mapping.schema.json` in the package root. */
export function manifestSchemaPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'wit', 'mcp-mapping.schema.json');
    if (existsSync(candidate) && existsSync(join(dir, 'package.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('wit/mcp-mapping.schema.json not found above compiler/map');
}

// ajv's standalone entry is CommonJS: its default export is the function.
type Standalone = (ajv: Ajv, validate: ValidateFunction) => string;
const standaloneCode: Standalone = ((standaloneModule as unknown as { default?: Standalone }).default ?? standaloneModule) as unknown as Standalone;

/** The ajv options the manifest schema is compiled with (at build time, into manifest-validator.ts). */
export const MANIFEST_AJV_OPTIONS = { allErrors: true, strict: true, strictRequired: false, strictTypes: false, allowUnionTypes: true } as const;

/**
 * The manifest validator as standalone ES module source. Committed as manifest-validator.ts so
 * that a check does not compile the schema at run time (most of a check's own time otherwise);
 * a test keeps it in step with the schema (`UPDATE_GOLDEN=1 npm test` rewrites it).
 */
export function manifestValidatorSource(): string {
  const schema = JSON.parse(readFileSync(manifestSchemaPath(), 'utf8')) as object;
  const ajv = new Ajv({ ...MANIFEST_AJV_OPTIONS, code: { source: true, esm: true } });
  const code = standaloneCode(ajv, ajv.compile(schema));
  // ajv's ESM output still `require`s its small runtime helpers (ucs2length, equal).
  const prelude = code.includes('require(') ? `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n` : '';
  return `// Generated from wit/mcp-mapping.schema.json by manifestValidatorSource() (ajv standalone). Do not edit.\n// @ts-nocheck\n${prelude}${code}\n`;
}

function getValidator(): ValidateFunction {
  return compiledValidator as unknown as ValidateFunction;
}

/** Validates a parsed manifest document. */
export function validateManifest(doc: unknown, file: string): { manifest?: Manifest; diagnostics: Diagnostic[] } {
  const validate = getValidator();
  if (validate(doc)) return { manifest: { ...(doc as Omit<Manifest, 'file'>), file }, diagnostics: [] };
  return { diagnostics: ajvDiagnostics(validate.errors ?? [], file) };
}

/** Reads, parses and validates a manifest file. */
export function loadManifest(file: string): { manifest?: Manifest; diagnostics: Diagnostic[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { diagnostics: [error('manifest-read', `cannot read the mapping manifest: ${(e as Error).message}`, { file })] };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    const where: Partial<Diagnostic> = { file };
    if (pos) Object.assign(where, lineColumn(text, Number(pos[1])));
    // The location is line:column; JSON.parse's character offset only repeats it, less readably.
    const what = message.replace(/\s*(?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/, '');
    return { diagnostics: [error('json-syntax', `the mapping manifest is not JSON: ${what}`, where)] };
  }
  return validateManifest(doc, file);
}

function ajvDiagnostics(errors: ErrorObject[], file: string): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const e of errors) {
    if (e.keyword === 'if') continue; // the failing `then` says why
    if (e.propertyName !== undefined) continue; // the `propertyNames` error names the key
    const jsonPath = `#${e.instancePath}`;
    let message = `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`;
    if (e.keyword === 'additionalProperties') message += `: ${(e.params as { additionalProperty: string }).additionalProperty}`;
    if (e.keyword === 'enum') message += `: ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    if (e.keyword === 'propertyNames') message = `${e.instancePath || '/'} has a key that is not allowed: ${(e.params as { propertyName: string }).propertyName}`;
    const key = `${jsonPath} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(error('manifest-schema', message, { file, jsonPath }));
  }
  return out.sort((a, b) => ((a.jsonPath ?? '') < (b.jsonPath ?? '') ? -1 : (a.jsonPath ?? '') > (b.jsonPath ?? '') ? 1 : 0));
}

/** The manifest's entry for one side of a message: `role:side` first, then `role`. */
export function messageEntry(
  manifest: Manifest | undefined,
  method: string,
  role: Role,
  side: 'send' | 'receive',
): ManifestRealization | undefined {
  const entry = manifest?.messages?.[method];
  return entry?.[`${role}:${side}`] ?? entry?.[role];
}

/** The manifest named, or the `mcp-mapping.json` beside a WIT package, if any. Bad input throws. */
export function manifestBeside(witDir: string, file?: string): Manifest | undefined {
  const path = file ?? (existsSync(join(witDir, 'mcp-mapping.json')) ? join(witDir, 'mcp-mapping.json') : undefined);
  if (path === undefined) return undefined;
  const loaded = loadManifest(path);
  if (!loaded.manifest) throw new CompilerError(loaded.diagnostics);
  return loaded.manifest;
}

/** Methods a manifest realizes as host-internal on every side it lists: no function of the package carries them. */
export function hostInternalMethods(manifest: Manifest | undefined): Set<string> {
  const out = new Set<string>();
  for (const [method, sides] of Object.entries(manifest?.messages ?? {})) {
    const realizations = Object.values(sides).map((s) => s.realization);
    if (realizations.length > 0 && realizations.every((r) => r === 'host-internal')) out.add(method);
  }
  return out;
}

/** Per MCP type, the rest field its manifest entry names (rules.ts `RuleContext.rest`). */
export function restFields(manifest: Manifest | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, t] of Object.entries(manifest?.types ?? {})) if (t.rest !== undefined) out[name] = t.rest;
  return out;
}

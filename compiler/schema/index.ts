// The schema front end's public face: a schema file or pinned version in, an McpModel out.
import { CompilerError, hasErrors, type Diagnostic } from '../diagnostics.js';
import { buildMcpModel } from './build.js';
import { readJsonFile } from './json.js';
import type { McpModel } from './model.js';
import { loadPins, locate } from './pins.js';

export type { McpModel } from './model.js';
export { buildMcpModel } from './build.js';
export { normalizedDocument } from './normalized.js';

export interface SchemaInput {
  /** A version label: a pinned version, or the label for `schema`. */
  spec?: string;
  /** A schema file to read directly (any version, including unseen ones). */
  schema?: string;
  /**
   * May a pinned version missing locally be downloaded (into the per-user cache)? Default: the
   * process's policy, which forbids it in a library and allows it, announced, in the CLI.
   */
  download?: boolean;
}

export interface LoadedModel {
  model: McpModel;
  /** Warnings (errors throw). */
  diagnostics: Diagnostic[];
}

/** Resolve the input to a file: `--schema` wins; else the pinned `--spec` (default version). */
export async function schemaFileFor(input: SchemaInput): Promise<{ file: string; version: string }> {
  if (input.schema) return { file: input.schema, version: input.spec ?? 'unversioned' };
  const version = input.spec ?? loadPins().default;
  const located = await locate(version, input.download);
  return { file: located.path, version };
}

export async function loadMcpModel(input: SchemaInput): Promise<LoadedModel> {
  const { file, version } = await schemaFileFor(input);
  const doc = readJsonFile(file);
  const { model, diagnostics } = buildMcpModel(doc.value, { file, version });
  if (!model || hasErrors(diagnostics)) throw new CompilerError(diagnostics.filter((d) => d.severity === 'error'));
  return { model, diagnostics };
}

// The WIT generator's public face: MCP model in, printed WIT files (and their manifest) out.
import { join } from 'node:path';
import type { McpModel } from '../../schema/model.js';
import type { Manifest } from '../../map/manifest.js';
import { printWitFile } from '../../wit/printer.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { OutputFile } from '../../write.js';
import { generateWitPackage, type GenerateWitOptions } from './package.js';
import type { Variant } from './functions.js';

export type { Variant } from './functions.js';
export { generateWitPackage } from './package.js';

export const MANIFEST_FILE = 'mcp-mapping.json';

/** The files of one variant, under `dir`: the printed WIT and the manifest stating its mapping. */
export function generateWitFiles(model: McpModel, dir: string, opts: GenerateWitOptions): { files: OutputFile[]; diagnostics: Diagnostic[] } {
  const pkg = generateWitPackage(model, opts);
  const files: OutputFile[] = pkg.files.map((f) => ({ path: join(dir, f.file), content: printWitFile(f) }));
  files.push({ path: join(dir, MANIFEST_FILE), content: JSON.stringify(pkg.manifest, null, 2) + '\n' });
  return { files, diagnostics: pkg.diagnostics };
}

/** Both variants laid out as the proposal is: WASI 0.3 in `dir`, WASI 0.2 in `dir/preview2`. */
export function generateWitTree(model: McpModel, dir: string, variants: Variant[], manifest?: Manifest): { files: OutputFile[]; diagnostics: Diagnostic[] } {
  const files: OutputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const variant of variants) {
    const out = variant === 'p2' && variants.length > 1 ? join(dir, 'preview2') : dir;
    const r = generateWitFiles(model, out, { variant, ...(manifest ? { manifest } : {}) });
    files.push(...r.files);
    if (variant === variants[0]) diagnostics.push(...r.diagnostics);
  }
  return { files, diagnostics };
}

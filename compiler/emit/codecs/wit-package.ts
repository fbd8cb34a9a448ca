// Which WIT package the codecs of an MCP version are generated against, when none is given.
import { join } from 'node:path';
import { type Diagnostic, warning } from '../../diagnostics.js';
import { manifestSpec, repoRoot, witPackageFor } from '../../paths.js';

/**
 * The WIT package the codecs of an MCP version are generated against, when `--wit` is not given:
 * the proposal's WASI 0.2 package written for that version (`wit/preview2`, or a release kept
 * under `released/<version>/wit/preview2`, by its manifest's `spec`); else the package
 * `generate wit` made for it (`generated/<version>/wit/preview2`) when there is one; else the
 * proposal's package anyway, with a warning (it was written for another version).
 */
export function defaultWitDir(version: string, diagnostics: Diagnostic[] = []): string {
  const found = witPackageFor(version, 'p2');
  if (found) return found;
  const current = join(repoRoot(), 'wit', 'preview2');
  const spec = manifestSpec(current);
  diagnostics.push(
    warning('codec-wit-version', `no WIT package for MCP ${version}: using the proposal's wit/preview2${spec ? ` (made for ${spec})` : ''}; run \`wasi-mcp generate wit --spec ${version}\` or pass --wit`),
  );
  return current;
}

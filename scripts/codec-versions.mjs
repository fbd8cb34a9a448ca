// Which codec libraries the packages carry, read from the repository (shared by the build and its
// tests): the proposal's target version, and every pinned version with a generated library.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function codecVersions(root) {
  const pins = JSON.parse(readFileSync(join(root, 'mcp-schema/versions.json'), 'utf8'));
  const target = JSON.parse(readFileSync(join(root, 'wit/mcp-mapping.json'), 'utf8')).spec;
  const pinned = Object.keys(pins.versions).sort();
  const has = (v) => existsSync(join(root, 'generated', v, 'codecs', 'index.ts'));
  if (!has(target)) throw new Error(`the proposal targets MCP ${target} (wit/mcp-mapping.json) but generated/${target}/codecs does not exist`);
  return { target, versions: pinned.filter(has), unbuilt: pinned.filter((v) => !has(v)) };
}

// Pinned MCP schema versions: where each file is found, and its sha256 check. The schema files are
// never committed; they come from $MCP_SCHEMA_DIR, ../shared/mcp-schema, the cache, or a download.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CompilerError, error } from '../diagnostics.js';
import { cacheRoot, repoRoot } from '../paths.js';

export interface Pin {
  version: string;
  url: string;
  sha256: string;
  dialect: string;
}

export interface PinFile {
  default: string;
  commit: string;
  repository: string;
  versions: Record<string, Omit<Pin, 'version'>>;
}

export type Source = 'env' | 'shared' | 'cache' | 'download';

export interface Located {
  pin: Pin;
  path: string;
  source: Source;
}

export function pinsFile(): string {
  return join(repoRoot(), 'mcp-schema', 'versions.json');
}

export function loadPins(): PinFile {
  return JSON.parse(readFileSync(pinsFile(), 'utf8')) as PinFile;
}

export function pinOf(version: string, pins: PinFile = loadPins()): Pin {
  const p = pins.versions[version];
  if (!p) {
    const known = Object.keys(pins.versions).join(', ');
    throw new CompilerError(
      error('unknown-version', `unknown MCP version "${version}" (pinned: ${known}); use --schema FILE --spec ${version} for a version that is not pinned`),
    );
  }
  return { version, ...p };
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Downloaded schemas: the per-user cache (never inside the installed package). */
export function cacheDir(): string {
  return join(cacheRoot(), 'mcp-schema');
}

/** Candidate places for a pinned version, in resolution order (download excluded). */
export function candidates(version: string): { source: Source; path: string }[] {
  const out: { source: Source; path: string }[] = [];
  const envDir = process.env.MCP_SCHEMA_DIR;
  if (envDir) out.push({ source: 'env', path: resolve(envDir, version, 'schema.json') });
  out.push({ source: 'shared', path: resolve(repoRoot(), '..', 'shared', 'mcp-schema', version, 'schema.json') });
  out.push({ source: 'cache', path: join(cacheDir(), version, 'schema.json') });
  return out;
}

/** Read a file and check it against the pin; a mismatch is an error naming both hashes. */
export function readVerified(path: string, pin: Pin): Buffer {
  const bytes = readFileSync(path);
  const actual = sha256(bytes);
  if (actual !== pin.sha256) {
    throw new CompilerError(
      error('sha256-mismatch', `sha256 mismatch for MCP ${pin.version}: expected ${pin.sha256}, found ${actual}`, { file: path }),
    );
  }
  return bytes;
}

/** The first existing local copy of a pinned version, or undefined. Checks its hash. */
export function locateLocal(version: string): Located | undefined {
  const pin = pinOf(version);
  for (const c of candidates(version)) {
    if (existsSync(c.path)) {
      readVerified(c.path, pin);
      return { pin, path: c.path, source: c.source };
    }
  }
  return undefined;
}

/**
 * Whether a missing pinned schema may be downloaded, and who is told. A library caller gets no
 * download unless it asks (`download: true` on the input, or `allowDownloads`); the CLI allows
 * them and says so on stderr. Never in the test suite, nor with WASI_MCP_OFFLINE=1.
 */
export interface DownloadPolicy {
  allow: boolean;
  /** Told before each download starts. */
  notify?: (pin: Pin, target: string) => void;
}

let policy: DownloadPolicy = { allow: false };

export function allowDownloads(next: DownloadPolicy): void {
  policy = next;
}

export function downloadsAllowed(allow: boolean = policy.allow): boolean {
  return allow && !process.env.VITEST && process.env.WASI_MCP_OFFLINE !== '1';
}

/** Download a pinned version into the cache, atomically, after checking its hash. */
export async function download(pin: Pin, notify: DownloadPolicy['notify'] = policy.notify): Promise<Located> {
  const target = join(cacheDir(), pin.version, 'schema.json');
  notify?.(pin, target);
  let res: Response;
  try {
    res = await fetch(pin.url);
  } catch (e) {
    throw new CompilerError(error('download-failed', `cannot download MCP ${pin.version} from ${pin.url}: ${(e as Error).message}`));
  }
  if (!res.ok) throw new CompilerError(error('download-failed', `cannot download MCP ${pin.version}: HTTP ${res.status} from ${pin.url}`));
  const bytes = Buffer.from(await res.arrayBuffer());
  const actual = sha256(bytes);
  if (actual !== pin.sha256) {
    throw new CompilerError(error('sha256-mismatch', `sha256 mismatch for MCP ${pin.version} downloaded from ${pin.url}: expected ${pin.sha256}, found ${actual}; nothing was cached`));
  }
  mkdirSync(dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, target);
  return { pin, path: target, source: 'download' };
}

/** Local copy, or a download when allowed (`download` overrides the process's policy). */
export async function locate(version: string, download_?: boolean): Promise<Located> {
  const local = locateLocal(version);
  if (local) return local;
  const pin = pinOf(version);
  if (!downloadsAllowed(download_ ?? policy.allow)) {
    throw new CompilerError(
      error(
        'schema-unavailable',
        `MCP ${version} is not available locally (looked in ${candidates(version).map((c) => c.path).join(', ')}); run \`wasi-mcp schema sync ${version}\`, set MCP_SCHEMA_DIR, or pass a schema file (--schema FILE, or \`schema\` in the library)`,
      ),
    );
  }
  return download(pin);
}

// Writing outputs all-or-nothing: every file goes to a temporary sibling first, and only when all
// are written are they renamed into place. A failure removes the temporaries and leaves every
// target as it was.
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface OutputFile {
  path: string;
  content: string;
}

export function writeFilesAtomically(files: readonly OutputFile[]): { written: string[]; unchanged: string[] } {
  const pending: { tmp: string; path: string }[] = [];
  const unchanged: string[] = [];
  try {
    for (const f of files) {
      if (existsSync(f.path) && readFileSync(f.path, 'utf8') === f.content) {
        unchanged.push(f.path);
        continue;
      }
      mkdirSync(dirname(f.path), { recursive: true });
      const tmp = `${f.path}.${process.pid}.tmp`;
      writeFileSync(tmp, f.content);
      pending.push({ tmp, path: f.path });
    }
  } catch (e) {
    for (const p of pending) rmSync(p.tmp, { force: true });
    throw e;
  }
  // Renames within a directory do not fail for want of space; they are the commit point.
  for (const p of pending) renameSync(p.tmp, p.path);
  return { written: pending.map((p) => p.path), unchanged };
}

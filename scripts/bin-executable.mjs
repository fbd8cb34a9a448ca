// tsc writes dist/compiler/cli.js without the executable bit. npm normally sets it when it links
// the bin, but `npx wasi-mcp` runs the file itself once node_modules has changed since the
// install (a test run, an added package), and then a 644 file is "Permission denied".
import { chmodSync, existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
for (const file of Object.values(pkg.bin ?? {})) if (existsSync(file)) chmodSync(file, 0o755);

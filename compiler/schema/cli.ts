// `wasi-mcp schema list | sync | show`.
import { Option, type Command } from 'commander';
import { action, EXIT_FINDINGS, EXIT_OK, printDiagnostics, writeOut } from '../cli-support.js';
import { displayPath } from '../paths.js';
import { loadMcpModel } from './index.js';
import type { McpModel } from './model.js';
import { download, loadPins, locateLocal, pinOf, type Located } from './pins.js';
import { CompilerError } from '../diagnostics.js';

export function registerSchemaCommands(program: Command): void {
  const schema = program.command('schema').description('pinned MCP schema versions and the MCP model');

  schema
    .command('list')
    .description('pinned versions and where each resolves (exit 1 when a local copy does not match its pin)')
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .action(
      action(async (opts: { format: 'text' | 'json' }) => {
        const json: { version: string; default: boolean; dialect: string; sha256: string; source: string | null; path: string | null; error?: string }[] = [];
        const pins = loadPins();
        const rows: string[] = [];
        let invalid = 0;
        for (const version of Object.keys(pins.versions).sort()) {
          const pin = pinOf(version, pins);
          let where: string;
          const row: (typeof json)[number] = { version, default: version === pins.default, dialect: pin.dialect, sha256: pin.sha256, source: null, path: null };
          json.push(row);
          try {
            const local = locateLocal(version);
            where = local ? `${local.source}: ${displayPath(local.path)}` : 'not available locally (wasi-mcp schema sync)';
            if (local) Object.assign(row, { source: local.source, path: displayPath(local.path) });
          } catch (e) {
            if (!(e instanceof CompilerError)) throw e;
            where = `INVALID: ${e.diagnostics[0]?.message ?? 'unreadable'}`;
            row.error = e.diagnostics[0]?.message ?? 'unreadable';
            printDiagnostics(e.diagnostics);
            invalid++;
          }
          const mark = version === pins.default ? ' (default)' : '';
          rows.push(`${version}${mark}  ${pin.dialect}  sha256 ${pin.sha256.slice(0, 12)}  ${where}`);
        }
        await writeOut(opts.format === 'json' ? JSON.stringify(json, null, 2) + '\n' : rows.join('\n') + '\n');
        return invalid > 0 ? EXIT_FINDINGS : EXIT_OK;
      }),
    );

  schema
    .command('sync')
    .description('make pinned versions available locally (downloading only what is missing), checking sha256')
    .argument('[versions...]', 'versions to sync (default: all pinned)')
    .option('-q, --quiet', 'print nothing when all is in place')
    .action(
      action(async (versions: string[], opts: { quiet?: boolean }) => {
        const pins = loadPins();
        const wanted = versions.length > 0 ? versions : Object.keys(pins.versions).sort();
        for (const version of wanted) {
          const pin = pinOf(version, pins);
          let located: Located | undefined = locateLocal(version);
          if (!located) located = await download(pin, () => {});
          if (!opts.quiet || located.source === 'download') {
            process.stdout.write(`${version}: ${located.source === 'download' ? 'downloaded to' : 'ok at'} ${displayPath(located.path)}\n`);
          }
        }
        return EXIT_OK;
      }),
    );

  schema
    .command('show')
    .description('the MCP model of a schema: counts by kind and direction, or the whole model with --json')
    .option('--spec <version>', 'MCP version (pinned), or the label for --schema')
    .option('--schema <file>', 'read this schema file instead of a pinned version')
    .addOption(new Option('--format <format>', 'text: counts and messages; json: the whole model').choices(['text', 'json']).default('text'))
    .addOption(new Option('--json', 'the same as --format json').hideHelp())
    .action(
      action(async (opts: { spec?: string; schema?: string; json?: boolean; format: 'text' | 'json' }) => {
        const { model, diagnostics } = await loadMcpModel({ ...(opts.spec !== undefined ? { spec: opts.spec } : {}), ...(opts.schema !== undefined ? { schema: opts.schema } : {}) });
        printDiagnostics(diagnostics);
        await writeOut(opts.json || opts.format === 'json' ? JSON.stringify({ ...model, file: displayPath(model.file) }, null, 2) + '\n' : summarize(model));
        return EXIT_OK;
      }),
    );
}

export function summarize(model: McpModel): string {
  const count = (kind: 'request' | 'notification', dir?: string) =>
    model.methods.filter((m) => m.kind === kind && (!dir || m.directions.includes(dir as never))).length;
  const inline = Object.values(model.types).filter((t) => t.origin === 'inline').length;
  const lines = [
    `MCP ${model.version} (${model.dialect}, ${displayPath(model.file)})`,
    `definitions:   ${model.definitions.length}`,
    `inline types:  ${inline}`,
    `requests:      ${count('request')} (client-to-server ${count('request', 'client-to-server')}, server-to-client ${count('request', 'server-to-client')})`,
    `notifications: ${count('notification')} (client-to-server ${count('notification', 'client-to-server')}, server-to-client ${count('notification', 'server-to-client')})`,
    '',
    'messages:',
    ...model.methods.map((m) => {
      const dirs = m.directions.map((d) => (d === 'client-to-server' ? 'c->s' : 's->c')).join(' ');
      const result = m.result ? ` -> ${m.result}` : '';
      return `  ${m.kind === 'request' ? 'request     ' : 'notification'} ${m.method.padEnd(40)} ${dirs.padEnd(9)} ${m.params ?? '-'}${result}`;
    }),
  ];
  return lines.join('\n') + '\n';
}

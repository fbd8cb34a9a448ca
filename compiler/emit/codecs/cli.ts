// `wasi-mcp generate codecs`, `wasi-mcp codec roundtrip [--through-component]`, `wasi-mcp codec decode`.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { action, EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, printDiagnostics, writeOut } from '../../cli-support.js';
import { CompilerError, error } from '../../diagnostics.js';
import { hostInternalMethods, manifestBeside } from '../../map/manifest.js';
import { displayPath, witPackageFor } from '../../paths.js';
import type { Direction } from '../../proof/carry.js';
import { messageDifference } from '../../proof/compare.js';
import { writeFilesAtomically } from '../../write.js';
import type { CodecLibrary } from './load.js';
import { formatWitValue } from './print.js';

/** Registers `generate codecs` (under an existing `generate` command, or a new one) and the `codec` group. */
export function registerCodecCommands(program: Command): void {
  const generate = program.commands.find((c) => c.name() === 'generate') ?? program.command('generate').description('generate WIT and codecs from the MCP schema');
  registerGenerateCodecsCommand(generate);
  const codec = program.command('codec').description('convert MCP JSON-RPC messages to WIT values and back with the generated codecs');

  codec
    .command('roundtrip')
    .description('decode each message to WIT values and encode it back; report ok or the first difference (exit 1 if any fails)')
    .option('--spec <version>', 'MCP version of the codecs')
    .option('--through-component', "also lower each decoded message into a real component built from the proposal's worlds and lift it back (the first run builds it, ~35 s)")
    .argument('<file...>', 'a JSON-RPC message, or a list of {"method", "message"[, "direction"]}')
    .action(
      action(async (files: string[], opts: { spec?: string; throughComponent?: boolean }) => {
        const lib = await loadLibrary(opts.spec);
        const inputs = files.flatMap(messagesIn);
        let failed = 0;
        const lines: string[] = [];
        if (opts.throughComponent) {
          // Imported here: componentize-js, jco and the harness load only with the flag.
          const { throughComponent } = await import('../../proof/roundtrip.js');
          const proof = await throughComponent(lib, {
            onBuild: (dir) => process.stderr.write(`codec roundtrip: building the harness components (about 35 s, once) into ${displayPath(dir)}\n`),
          });
          for (const [label, method, message, direction] of inputs) {
            const verdict = await proof.check(method, message, direction);
            if (verdict.status === 'fail') failed++;
            lines.push(`${label}: ${verdict.text}`);
          }
        } else {
          // A valid message no function carries because the host handles it is reported as such,
          // as --through-component reports it (the manifest of the codecs' WIT package says which).
          const pkg = witPackageFor(lib.MCP_VERSION, 'p2');
          const hostInternal = hostInternalMethods(pkg ? manifestBeside(pkg) : undefined);
          for (const [label, method, message] of inputs) {
            const name = methodOf(method, message);
            const outcome = name !== undefined && !lib.methods[name] && hostInternal.has(name) ? `host-internal: the host handles ${name}` : roundtrip(lib, method, message);
            if (outcome !== 'ok' && !outcome.startsWith('host-internal')) failed++;
            lines.push(`${label}: ${outcome}`);
          }
        }
        await writeOut(lines.join('\n') + '\n');
        return failed > 0 ? EXIT_FINDINGS : EXIT_OK;
      }),
    );

  codec
    .command('decode')
    .description('read JSON on stdin (params, a result, or a whole JSON-RPC message) and print the WIT value')
    .requiredOption('--method <method>', 'JSON-RPC method, e.g. tools/call')
    .requiredOption('--kind <kind>', 'params | result | notification')
    .option('--spec <version>', 'MCP version of the codecs')
    .action(
      action(async (opts: { method: string; kind: string; spec?: string }) => {
        if (!['params', 'result', 'notification'].includes(opts.kind)) {
          throw new CompilerError(error('usage', `--kind must be params, result or notification, not ${opts.kind}`));
        }
        const lib = await loadLibrary(opts.spec);
        const codec = lib.methods[opts.method];
        if (!codec) throw new CompilerError(error('codec-method', `${opts.method} is not carried by a function of ${lib.WIT_PACKAGE}; carried: ${Object.keys(lib.methods).join(', ')}`));
        if (opts.kind === 'notification' && codec.kind !== 'notification') {
          throw new CompilerError(error('codec-kind', `${opts.method} is a request: use --kind params or --kind result`));
        }
        const input = readFileSync(0, 'utf8');
        let value: unknown;
        try {
          value = JSON.parse(input);
        } catch (e) {
          throw new CompilerError(error('json-syntax', `stdin is not JSON: ${(e as Error).message}`));
        }
        const whole = typeof value === 'object' && value !== null && (value as Record<string, unknown>)['jsonrpc'] === '2.0';
        try {
          let out: string;
          if (opts.kind === 'result') {
            if (!codec.decodeResult) throw new CompilerError(error('codec-kind', `${opts.method} is a notification: it has no result`));
            out = formatWitValue(codec.decodeResult(whole ? (value as Record<string, unknown>)['result'] : value));
          } else {
            const args = codec.decodeParams(whole ? (value as Record<string, unknown>)['params'] : value);
            out = `${codec.functions.join(', ')}(\n${args.map((a) => `  ${formatWitValue(a, 1)},`).join('\n')}\n)`;
          }
          await writeOut(out + '\n');
          return EXIT_OK;
        } catch (e) {
          if (e instanceof lib.CodecError) {
            process.stderr.write(`error[codec-${e.rule}]: ${e.message}\n`);
            return EXIT_BAD_INPUT;
          }
          throw e;
        }
      }),
    );
}

export function registerGenerateCodecsCommand(generate: Command): void {
  generate
    .command('codecs')
    .description('generate the TypeScript codecs between MCP JSON and WIT values (generated/<version>/codecs)')
    .option('--spec <version>', 'MCP version (a pinned one)')
    .option('--schema <file>', 'read this schema file instead of the pinned one')
    .option('--wit <dir>', "the WIT package (default: wit/preview2 when its manifest's spec is the version, else generated/<version>/wit/preview2 when it exists, else wit/preview2 with a warning)")
    .option('--out <dir>', 'output directory (default: generated/<version>/codecs)')
    .action(
      action(async (opts: { spec?: string; schema?: string; wit?: string; out?: string }) => {
        const { generateCodecs } = await import('./index.js');
        const r = await generateCodecs(opts);
        printDiagnostics(r.diagnostics.filter((d) => d.severity !== 'note'));
        const { written, unchanged } = writeFilesAtomically(r.files);
        process.stderr.write(`codecs: ${written.length} written, ${unchanged.length} unchanged${written.length > 0 ? ` (${displayPath(written[0] as string).replace(/\/[^/]*$/, '')}...)` : ''}\n`);
        return EXIT_OK;
      }),
    );
}

// The generator and the loader are imported when a command runs: registering the commands must
// not slow every other `wasi-mcp` command down with prettier, ajv and the TypeScript compiler.
async function loadLibrary(spec: string | undefined): Promise<CodecLibrary> {
  const { loadCodecs } = await import('./load.js');
  return loadCodecs(spec);
}

/** The message's method: its own, else the one the file gives for it (a response). */
function methodOf(method: string | undefined, message: unknown): string | undefined {
  const m = (message ?? {}) as Record<string, unknown>;
  return typeof m['method'] === 'string' ? m['method'] : method;
}

/** The messages of a file: one JSON-RPC message, or a list of {method, message, direction?}. */
function messagesIn(file: string): [string, string | undefined, unknown, Direction | undefined][] {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new CompilerError(error('json-syntax', `cannot read ${file}: ${(e as Error).message}`, { file }));
  }
  if (Array.isArray(doc)) {
    return doc.map((item, i) => {
      const o = (item ?? {}) as { method?: unknown; message?: unknown; direction?: unknown };
      const direction = o.direction === 'client-to-server' || o.direction === 'server-to-client' ? o.direction : undefined;
      return [`${displayPath(file)}[${i}]`, typeof o.method === 'string' ? o.method : undefined, o.message, direction];
    });
  }
  const m = (doc ?? {}) as { method?: unknown };
  return [[displayPath(file), typeof m.method === 'string' ? m.method : undefined, doc, undefined]];
}

/** Decodes a message to WIT values and encodes it back: `ok`, or why not. */
export function roundtrip(lib: CodecLibrary, method: string | undefined, message: unknown): string {
  const text = JSON.stringify(message);
  const m = (message ?? {}) as Record<string, unknown>;
  try {
    let back: string;
    if (typeof m['method'] === 'string') {
      const d = lib.decodeRequest(text);
      back = lib.encodeRequest(d.method, d.id, ...d.args);
    } else {
      if (!method) return 'FAIL: a response needs its method: use the list form [{"method", "message"}]';
      const d = lib.decodeResponse(text, method);
      const id = d.id ?? 0;
      back = 'error' in d ? lib.encodeErrorResponse(id, d.error) : lib.encodeResponse(method, id, d.result);
    }
    const diff = messageDifference(message, back);
    return diff === undefined ? 'ok' : `FAIL: ${diff}`;
  } catch (e) {
    if (e instanceof lib.CodecError) return `FAIL: rejected: ${e.message}`;
    throw e;
  }
}

export { EXIT_BAD_INPUT };

// `wasi-mcp generate codecs`, `wasi-mcp codec roundtrip [--through-component]`, `wasi-mcp codec decode`.
import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { action, EXIT_FINDINGS, EXIT_OK, printDiagnostics, writeOut } from '../../cli-support.js';
import { CompilerError, error } from '../../diagnostics.js';
import { hostInternalMethods, manifestBeside } from '../../map/manifest.js';
import { displayPath, witPackageFor } from '../../paths.js';
import { writeFilesAtomically } from '../../write.js';
import type { CodecLibrary } from './load.js';
import { formatWitValue, witToJson } from './print.js';
import type { Direction } from '../../schema/model.js';
import { backVerdict, invalidVerdict, summaryLine, verdictOf, type Verdict } from './roundtrip.js';
import { parseJsonText } from '../../schema/json.js';

/**
 * What `codec roundtrip --through-component` runs (compiler/proof/roundtrip.ts), handed in by the
 * CLI's wiring: the proof stage reads the codecs, so the codec stage never imports it.
 */
export interface ThroughComponentProof {
  throughComponent(
    lib: CodecLibrary,
    opts: { onBuild?: (dir: string) => void; strict?: boolean },
  ): Promise<{ check(method: string | undefined, message: unknown, direction?: Direction): Promise<{ status: 'ok' | 'fail' | 'host-internal'; text: string }> }>;
}

/** Registers `generate codecs` (under an existing `generate` command, or a new one) and the `codec` group. */
export function registerCodecCommands(program: Command, loadProof: () => Promise<ThroughComponentProof>): void {
  const generate = program.commands.find((c) => c.name() === 'generate') ?? program.command('generate').description('generate WIT and codecs from the MCP schema');
  registerGenerateCodecsCommand(generate);
  const codec = program.command('codec').description('convert MCP JSON-RPC messages to WIT values and back with the generated codecs');

  codec
    .command('roundtrip')
    .description('decode each message to WIT values and encode it back; report ok, host-internal, invalid (the schema and the codec refuse it) or the first difference (FAIL), and a summary line; exit 1 if any fails')
    .option('--spec <version>', 'MCP version of the codecs')
    .option('--strict', 'a member the WIT value does not carry (reported by decode) is a failure, not `ok, not carried (reported)`')
    .option('--through-component', "also lower each decoded message into a real component built from the proposal's worlds and lift it back (the first run builds it, ~35 s)")
    .argument('<file...>', 'a JSON-RPC message, or a list of {"method", "message"[, "direction"]} (`-`: stdin)')
    .addOption(new Option('--format <format>', 'text: a line per message; json: [{"message", "status", "detail"}]').choices(['text', 'json']).default('text'))
    .action(
      action(async (files: string[], opts: { spec?: string; throughComponent?: boolean; strict?: boolean; format: 'text' | 'json' }) => {
        const strict = opts.strict === true;
        const lib = await loadLibrary(opts.spec);
        const inputs = files.flatMap(messagesIn);
        // The official schema judges each message first: a codec refusing an invalid one is right.
        const { messageReferee } = await import('../../schema/validate.js');
        const referee = await messageReferee(lib.MCP_VERSION);
        const rows: { label: string; verdict: Verdict }[] = [];
        if (opts.throughComponent) {
          // Imported here: componentize-js, jco and the harness load only with the flag.
          const { throughComponent } = await loadProof();
          const proof = await throughComponent(lib, {
            strict,
            onBuild: (dir) => process.stderr.write(`codec roundtrip: building the harness components (about 35 s, once) into ${displayPath(dir)}\n`),
          });
          for (const [label, method, message, direction] of inputs) {
            const invalid = invalidVerdict(lib, referee, method, message);
            rows.push({ label, verdict: invalid ?? verdictOf((await proof.check(method, message, direction)).text) });
          }
        } else {
          // A valid message no function carries because the host handles it is reported as such,
          // as --through-component reports it (the manifest of the codecs' WIT package says which).
          const pkg = witPackageFor(lib.MCP_VERSION, 'p2');
          const hostInternal = hostInternalMethods(pkg ? manifestBeside(pkg) : undefined);
          for (const [label, method, message] of inputs) {
            const name = methodOf(method, message);
            const verdict: Verdict =
              invalidVerdict(lib, referee, method, message) ??
              (name !== undefined && !lib.methods[name] && hostInternal.has(name)
                ? { status: 'host-internal', text: `host-internal: the host handles ${name}` }
                : verdictOf(roundtrip(lib, method, message, strict)));
            rows.push({ label, verdict });
          }
        }
        const failed = rows.filter((r) => r.verdict.status === 'fail').length;
        if (opts.format === 'json') {
          const json = rows.map(({ label, verdict: v }) => ({ message: label, status: v.status, ...(v.text === 'ok' ? {} : { detail: v.text.replace(/^(FAIL|invalid|host-internal): |^ok, /, '') }) }));
          await writeOut(JSON.stringify(json, null, 2) + '\n');
        } else await writeOut(rows.map((r) => `${r.label}: ${r.verdict.text}\n`).join('') + summaryLine(rows.map((r) => r.verdict)) + '\n');
        return failed > 0 ? EXIT_FINDINGS : EXIT_OK;
      }),
    );

  codec
    .command('decode')
    .description('decode a JSON-RPC message (a file, or stdin: `-`, the default) to WIT values and print them as JSON')
    .argument('[file]', 'the message (default: stdin)', '-')
    .option('--method <method>', 'the method a response answers (a response does not name it), or of bare params/result')
    .option('--kind <kind>', 'for input that is not a whole message: params | result')
    .addOption(new Option('--format <format>', 'json: WIT values as JSON (bigint as a string of digits); text: readable').choices(['json', 'text']).default('json'))
    .option('--spec <version>', 'MCP version of the codecs')
    .action(
      action(async (file: string, opts: { method?: string; kind?: string; spec?: string; format: 'json' | 'text' }) => {
        if (opts.kind !== undefined && opts.kind !== 'params' && opts.kind !== 'result') throw new CompilerError(error('usage', `--kind must be params or result, not ${opts.kind}`));
        const label = file === '-' ? '<stdin>' : file;
        const text = readInput(file);
        const value = parseJsonText(text, label).value;
        const lib = await loadLibrary(opts.spec);
        const codecOf = (method: string) => {
          const codec = lib.methods[method];
          if (!codec) throw new CompilerError(error('codec-method', `${method} is not carried by a function of ${lib.WIT_PACKAGE}; carried: ${Object.keys(lib.methods).join(', ')}`, { file: label }));
          return codec;
        };
        const o = (typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
        const whole = o['jsonrpc'] === '2.0';
        let decoded: Record<string, unknown>;
        try {
          if (whole && typeof o['method'] === 'string') {
            if (opts.method !== undefined && opts.method !== o['method']) throw new CompilerError(error('usage', `the message is ${String(o['method'])}, not ${opts.method}`, { file: label }));
            const d = lib.decodeRequest(text);
            decoded = { method: d.method, ...(d.id !== undefined ? { id: d.id } : {}), function: codecOf(d.method).functions.join(', '), args: d.args };
          } else if (whole) {
            if (opts.method === undefined) throw new CompilerError(error('usage', 'a response does not name its method: give the method it answers with --method', { file: label }));
            codecOf(opts.method);
            const d = lib.decodeResponse(text, opts.method);
            decoded = { method: opts.method, ...(d.id !== undefined ? { id: d.id } : {}), ...('error' in d ? { error: d.error } : { result: d.result }) };
          } else {
            if (opts.method === undefined || opts.kind === undefined) {
              throw new CompilerError(error('usage', 'not a JSON-RPC message ("jsonrpc": "2.0"): for bare params or a bare result give --method and --kind', { file: label }));
            }
            const codec = codecOf(opts.method);
            if (opts.kind === 'result') {
              if (!codec.decodeResult) throw new CompilerError(error('codec-kind', `${opts.method} is a notification: it has no result`));
              decoded = { method: opts.method, result: codec.decodeResult(value) };
            } else decoded = { method: opts.method, function: codec.functions.join(', '), args: codec.decodeParams(value) };
          }
        } catch (e) {
          if (e instanceof lib.CodecError) throw new CompilerError(error(`codec-${e.rule}`, e.message, { file: label }));
          throw e;
        }
        await writeOut(opts.format === 'text' ? formatDecoded(decoded) : JSON.stringify(witToJson(decoded), null, 2) + '\n');
        return EXIT_OK;
      }),
    );
}

/** A file's text, or stdin's for `-`. */
function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new CompilerError(error('unreadable', `cannot read ${file === '-' ? 'stdin' : 'file'}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, file === '-' ? {} : { file }));
  }
}

function formatDecoded(d: Record<string, unknown>): string {
  const head = `${String(d['method'])}${d['id'] !== undefined ? ` (id ${JSON.stringify(d['id'])})` : ''}`;
  if ('args' in d) return `${head}: ${String(d['function'])}(\n${(d['args'] as unknown[]).map((a) => `  ${formatWitValue(a, 1)},`).join('\n')}\n)\n`;
  if ('error' in d) return `${head}: error ${formatWitValue(d['error'])}\n`;
  return `${head}: ${formatWitValue(d['result'])}\n`;
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
        const { generateCodecs } = await import('../../pipeline.js');
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
  return loadCodecs(spec, async (version, out) => {
    const { generateCodecs } = await import('../../pipeline.js');
    return generateCodecs({ spec: version, out });
  });
}

/** The message's method: its own, else the one the file gives for it (a response). */
function methodOf(method: string | undefined, message: unknown): string | undefined {
  const m = (message ?? {}) as Record<string, unknown>;
  return typeof m['method'] === 'string' ? m['method'] : method;
}

/** The messages of a file: one JSON-RPC message, or a list of {method, message, direction?}. */
function messagesIn(file: string): [string, string | undefined, unknown, Direction | undefined][] {
  const label = file === '-' ? '<stdin>' : file;
  const doc = parseJsonText(readInput(file), label).value;
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

/**
 * Decodes a message to WIT values and encodes it back: `ok`, `ok, not carried (reported): ...`
 * (members decode reported through onUnknown; a failure with `strict`), or why not.
 */
export function roundtrip(lib: CodecLibrary, method: string | undefined, message: unknown, strict = false): string {
  const text = JSON.stringify(message);
  const m = (message ?? {}) as Record<string, unknown>;
  const reported: string[] = [];
  const opts = { onUnknown: (p: string) => reported.push(p) };
  try {
    let back: string;
    if (typeof m['method'] === 'string') {
      const d = lib.decodeRequest(text, opts);
      back = lib.encodeRequest(d.method, d.id, ...d.args);
    } else {
      if (!method) return 'FAIL: a response needs its method: use the list form [{"method", "message"}]';
      const d = lib.decodeResponse(text, method, opts);
      const id = d.id ?? 0;
      back = 'error' in d ? lib.encodeErrorResponse(id, d.error) : lib.encodeResponse(method, id, d.result);
    }
    return backVerdict(message, back, reported, strict);
  } catch (e) {
    if (e instanceof lib.CodecError) return `FAIL: rejected: ${e.message}`;
    throw e;
  }
}


// The per-world pages in wit-bindgen's `markdown --html-in-md` format. wit-bindgen is not on npm,
// so no oracle runs: the expectations come from reading its generator (crates/markdown, the
// `Source` buffer of crates/core, heck's snake case, pulldown-cmark's HTML writer), and the world
// elaboration order is the one wit-bindgen's own output for wasi:cli shows.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { builtinCorpus } from '../../compiler/wit/corpus.js';
import { parseWitPath } from '../../compiler/wit/index.js';
import type { WitModel } from '../../compiler/wit/model.js';
import { markdownToHtml } from '../../compiler/proposal/html.js';
import { elaborate, worldPage, worldPages } from '../../compiler/proposal/markdown.js';
import { snakeCase } from '../../compiler/proposal/snake.js';
import { Source } from '../../compiler/proposal/source.js';
import { expectGolden } from '../golden.js';

function model(path: string): WitModel {
  const r = parseWitPath(path);
  if (!r.model) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.model;
}

describe('snake case (heck)', () => {
  it.each([
    ['mcp-backend', 'mcp_backend'],
    ['wasi:mcp/types@0.1.0-preview2', 'wasi_mcp_types_0_1_0_preview2'],
    ['[method]tcp-socket.bind', 'method_tcp_socket_bind'],
    ['[constructor]fields', 'constructor_fields'],
    ['XMLHttpRequest', 'xml_http_request'],
    ['fooBar', 'foo_bar'],
    ['a--b', 'a_b'],
  ])('%s -> %s', (input, out) => expect(snakeCase(input)).toBe(out));
});

describe("wit-bindgen's Source buffer", () => {
  it('indents after a line ending in `{` and takes it back at `}`, also in docs', () => {
    const s = new Source();
    for (const line of ['variant x {', 'ok(y),', '}', 'after']) {
      s.push(line);
      s.push('\n');
    }
    expect(s.text()).toBe('variant x {\n  ok(y),\n}\nafter\n');
  });

  it('leaves `//` lines alone and does not indent empty lines', () => {
    const s = new Source();
    s.push('// a {\nb {\n\nc\n');
    expect(s.text()).toBe('// a {\nb {\n\n  c\n');
  });
});

describe("pulldown-cmark's HTML, as wit-bindgen finishes a page", () => {
  it('links code spans that name an item, inside explicit links too', () => {
    const html = markdownToHtml('See `json` and [`json`](#json), not `other`.\n', new Map([['json', '#json']]));
    expect(html).toBe('<p>See <a href="#json"><code>json</code></a> and <a href="#json"><a href="#json"><code>json</code></a></a>, not <code>other</code>.</p>\n');
  });

  it('escapes only &, < and > in text and code', () => {
    expect(markdownToHtml('"a" & <b> `"c"`\n', new Map())).toBe('<p>"a" &amp; <b> <code>"c"</code></p>\n');
  });

  it('drops paragraph tags in tight lists and keeps them in loose ones', () => {
    expect(markdownToHtml('- a\n- b\n', new Map())).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n');
    expect(markdownToHtml('- a\n\n- b\n', new Map())).toBe('<ul>\n<li>\n<p>a</p>\n</li>\n<li>\n<p>b</p>\n</li>\n</ul>\n');
  });

  it('writes HTML blocks as they are, and a setext heading where docs meet `----`', () => {
    expect(markdownToHtml('x\n<p>\n\nlast line\n----\n', new Map())).toBe('<p>x</p>\n<p>\n<h2>last line</h2>\n');
  });
});

describe('world pages', () => {
  it('elaborate imports as wit-parser does: each import after the interfaces it uses (wasi:cli command)', () => {
    const cli = builtinCorpus().find((c) => c.name === '0.2.12/wasi-cli')!;
    const m = model(cli.path);
    const command = Object.values(m.worlds).find((w) => w.package === m.root && w.name === 'command')!;
    const { imports, exports } = elaborate(m, command);
    // The order wit-bindgen's page for wasi:cli's `command` world lists (observed on its output).
    const expected = [
      'cli/environment', 'cli/exit', 'io/error', 'io/poll', 'io/streams', 'cli/stdin', 'cli/stdout', 'cli/stderr',
      'cli/terminal-input', 'cli/terminal-output', 'cli/terminal-stdin', 'cli/terminal-stdout', 'cli/terminal-stderr',
      'clocks/monotonic-clock', 'clocks/wall-clock', 'filesystem/types', 'filesystem/preopens', 'sockets/network',
      'sockets/instance-network', 'sockets/udp', 'sockets/udp-create-socket', 'sockets/tcp', 'sockets/tcp-create-socket',
      'sockets/ip-name-lookup', 'random/random', 'random/insecure', 'random/insecure-seed',
    ];
    expect(imports.map((i) => i.key)).toEqual(expected.map((e) => `wasi:${e}@0.2.12`));
    expect(exports.map((i) => i.key)).toEqual(['wasi:cli/run@0.2.12']);
  });

  it('print every kind of item (golden, reviewed against the generator source)', () => {
    const m = model(join('test', 'proposal', 'fixtures', 'shapes'));
    const [page] = worldPages(m);
    expect(page!.file).toBe('shapes.md');
    expectGolden(join('test', 'proposal', 'golden', 'shapes.source.md'), page!.markdown);
    expectGolden(join('test', 'proposal', 'golden', 'shapes.md'), page!.html);
  });

  it('are the same on every run', () => {
    const a = worldPages(model(join('wit', 'preview2')));
    const b = worldPages(model(join('wit', 'preview2')));
    expect(a).toEqual(b);
    expect(a.map((p) => p.file)).toEqual(Object.values(model(join('wit', 'preview2')).worlds).map((w) => `${w.name}.md`));
  });

  it('refuse what wit-bindgen cannot print, naming the item', () => {
    const m = model(join('test', 'wit', 'ok', 'map.wit'));
    const w = Object.values(m.worlds).find((x) => x.name === 'maps')!;
    expect(() => worldPage(m, w)).toThrow(/map type definition `counts`/);
  });
});

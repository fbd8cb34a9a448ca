// Markdown to HTML the way wit-bindgen's markdown generator finishes a page: CommonMark without
// extensions (commonmark.js parses; pulldown-cmark, which wit-bindgen uses, implements the same
// spec), every inline code span whose text is a known name wrapped in a link to its anchor, then
// pulldown-cmark's HTML writer, imitated here: its newline bookkeeping, its escaping (text and code
// escape only `&`, `<`, `>`; attributes also `"`; hrefs are percent-encoded) and its tight lists.
import { Parser, type Node } from 'commonmark';

export function markdownToHtml(markdown: string, hrefs: ReadonlyMap<string, string>): string {
  const doc = new Parser().parse(markdown);
  const w = new Writer(hrefs);
  w.block(doc);
  return w.out;
}

class Writer {
  out = '';
  private endNewline = true;
  constructor(private readonly hrefs: ReadonlyMap<string, string>) {}

  private write(s: string): void {
    this.out += s;
    if (s !== '') this.endNewline = s.endsWith('\n');
  }

  private open(tag: string): void {
    this.write(this.endNewline ? tag : `\n${tag}`);
  }

  private children(node: Node, tight = false): void {
    for (let c = node.firstChild; c; c = c.next) this.block(c, tight);
  }

  block(node: Node, tight = false): void {
    switch (node.type) {
      case 'document':
        this.children(node);
        return;
      case 'paragraph':
        // pulldown-cmark drops the paragraph tags in a tight list item, nothing else.
        if (tight) {
          this.inlines(node);
          return;
        }
        this.open('<p>');
        this.inlines(node);
        this.write('</p>\n');
        return;
      case 'heading':
        this.open(`<h${node.level}>`);
        this.inlines(node);
        this.write(`</h${node.level}>\n`);
        return;
      case 'thematic_break':
        this.write(this.endNewline ? '<hr />\n' : '\n<hr />\n');
        return;
      case 'block_quote':
        this.open('<blockquote>\n');
        this.children(node);
        this.write('</blockquote>\n');
        return;
      case 'list': {
        const ordered = node.listType === 'ordered';
        const start = node.listStart ?? 1;
        if (!ordered) this.open('<ul>\n');
        else if (start === 1) this.open('<ol>\n');
        else this.open(`<ol start="${start}">\n`);
        for (let item = node.firstChild; item; item = item.next) {
          this.open('<li>');
          this.children(item, node.listTight);
          this.write('</li>\n');
        }
        this.write(ordered ? '</ol>\n' : '</ul>\n');
        return;
      }
      case 'code_block': {
        if (!this.endNewline) this.write('\n');
        const lang = (node.info ?? '').split(' ')[0] ?? '';
        this.write(lang ? `<pre><code class="language-${escapeHtml(lang)}">` : '<pre><code>');
        this.text(node.literal ?? '');
        this.write('</code></pre>\n');
        return;
      }
      case 'html_block':
        // commonmark.js drops the block's last newline; pulldown-cmark writes every line with its own.
        this.write(`${node.literal ?? ''}\n`);
        return;
      default:
        throw new Error(`unexpected block ${node.type}`);
    }
  }

  private text(s: string): void {
    this.out += escapeBody(s);
    this.endNewline = s.endsWith('\n');
  }

  private inlines(node: Node): void {
    for (let c = node.firstChild; c; c = c.next) this.inline(c);
  }

  private inline(node: Node): void {
    switch (node.type) {
      case 'text':
        this.text(node.literal ?? '');
        return;
      case 'softbreak':
        this.write('\n');
        return;
      case 'linebreak':
        this.write('<br />\n');
        return;
      case 'code': {
        const code = node.literal ?? '';
        const dst = this.hrefs.get(code);
        if (dst !== undefined) this.write(`<a href="${escapeHref(dst)}">`);
        this.write('<code>');
        this.out += escapeBody(code);
        this.write('</code>');
        if (dst !== undefined) this.write('</a>');
        return;
      }
      case 'html_inline':
        this.write(node.literal ?? '');
        return;
      case 'emph':
        this.write('<em>');
        this.inlines(node);
        this.write('</em>');
        return;
      case 'strong':
        this.write('<strong>');
        this.inlines(node);
        this.write('</strong>');
        return;
      case 'link':
        this.write(`<a href="${escapeHref(node.destination ?? '')}${node.title ? `" title="${escapeHtml(node.title)}` : ''}">`);
        this.inlines(node);
        this.write('</a>');
        return;
      case 'image':
        this.write(`<img src="${escapeHref(node.destination ?? '')}" alt="${escapeHtml(rawText(node))}${node.title ? `" title="${escapeHtml(node.title)}` : ''}" />`);
        return;
      default:
        throw new Error(`unexpected inline ${node.type}`);
    }
  }
}

/** An image's alt text: the plain text of its description. */
function rawText(node: Node): string {
  let s = '';
  for (let c = node.firstChild; c; c = c.next) {
    if (c.type === 'text' || c.type === 'code' || c.type === 'html_inline') s += c.literal ?? '';
    else if (c.type === 'softbreak' || c.type === 'linebreak') s += ' ';
    else s += rawText(c);
  }
  return s;
}

function escapeBody(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

// pulldown-cmark-escape's HREF_SAFE: ASCII alphanumerics and these are written as they are.
const HREF_SAFE = new Set([...'!#$%()*+,-./:;=?@_~']);

/**
 * pulldown-cmark's escape_href over the destination commonmark.js gives (already percent-encoded
 * where CommonMark's reference implementation encodes; the same bytes for ASCII destinations).
 */
function escapeHref(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/^[A-Za-z0-9]$/.test(ch) || HREF_SAFE.has(ch)) out += ch;
    else if (ch === '&') out += '&amp;';
    else if (ch === "'") out += '&#x27;';
    else for (const b of Buffer.from(ch, 'utf8')) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

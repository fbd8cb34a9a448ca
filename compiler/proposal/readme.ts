// The proposal repository's README in the shape of WebAssembly/wasi-proposal-template: its
// sections in its order, filled from docs/proposal.md (by heading), the WIT and the coverage
// reports. What only people can write (champions, portability criteria, stakeholder feedback,
// acknowledgements) comes from docs/proposal.md when a section there has that heading, and is
// otherwise marked as open, with the template's own wording; it is never made up here.
import { demote, githubSlug, type DocSection, type ProposalDoc } from './sections.js';

export interface WorldSummary {
  name: string;
  /** First paragraph of the world's docs. */
  summary: string;
  imports: string[];
  exports: string[];
  page: string;
}

export interface VariantInfo {
  /** `WASI 0.2` / `WASI 0.3`. */
  wasi: string;
  dir: string;
  /** Where the package lives in the repository the design notes are written in. */
  source: string;
  packageId: string;
  /** The Summary section of its coverage report (markdown). */
  coverage: string;
}

export interface ReadmeInput {
  doc: ProposalDoc;
  /** `wasi:mcp`. */
  packageName: string;
  spec: string;
  variants: VariantInfo[];
  worlds: WorldSummary[];
  /** Where the markdown pages are generated from. */
  pagesFrom: string;
}

/** Headings of docs/proposal.md that fill a template section rather than the design discussion. */
const CLAIMED = ['current phase', 'champions', 'portability criteria', 'introduction', 'goals', 'non-goals', 'api walk-through', 'considered alternatives', 'stakeholder interest & feedback', 'references', 'references & acknowledgements'];

/** The mark on a section only people can write: visible, and it says where the text goes. */
export function peopleMark(heading: string): string {
  return `> **Written by people, not generated.** \`wasi-mcp proposal export\` fills this section from a \`## ${heading}\` section of docs/proposal.md; there is none yet, so the template's placeholder stands.`;
}

export function renderReadme(input: ReadmeInput): string {
  const { doc } = input;
  const find = (...names: string[]): DocSection | undefined => doc.sections.find((s) => names.includes(s.heading.toLowerCase()));
  const people = (heading: string, fallback: string): string => {
    const s = find(heading.toLowerCase());
    return s ? demote(s.body, 1) : `${peopleMark(heading)}\n\n${fallback}`;
  };
  const slug = input.packageName.replace(':', '-');
  const out: string[] = [];
  out.push(`# ${slug}`, '');
  out.push('A proposed [WebAssembly System Interface](https://github.com/WebAssembly/WASI) API.', '');
  out.push('### Current Phase', '', people('Current phase', '[Fill in the current phase, e.g. Phase 1]'), '');
  out.push('### Champions', '', people('Champions', '- [Champion 1]\n- [Champion 2]\n- [etc.]'), '');
  out.push('### Portability Criteria', '', people('Portability criteria', 'TODO before entering Phase 2.'), '');

  const toc: [string, string[]][] = [];
  const body: string[] = [];
  const section = (title: string, text: string, subs: string[] = []) => {
    toc.push([title, subs]);
    body.push(`### ${title}`, '', text.trim(), '');
  };

  const intro = find('introduction');
  section('Introduction', intro?.body ?? doc.intro);
  section('Goals', people('Goals', '[What is the end-user need which this project aims to address?]'));
  section('Non-goals', people('Non-goals', '[Adjacent goals that are out of scope.]'));

  const walk = walkThrough(input, find('api walk-through'));
  section('API walk-through', walk.text, walk.subs);

  const design = doc.sections.filter((s) => !CLAIMED.includes(s.heading.toLowerCase()));
  const coverage = `#### Coverage of MCP ${input.spec}\n\n${coverageText(input)}`;
  // The document's own opening, when it is not the introduction, opens the design discussion.
  const folders = input.variants.filter((v) => v.source !== v.dir).map((v) => `\`${v.source}/\` is \`${v.dir}/\` here`);
  const note = folders.length ? [`> The design notes name the folders of the repository they are written in: ${folders.join(', ')}.`] : [];
  const opening = [...note, ...(intro && doc.intro ? [demote(doc.intro, 2)] : [])];
  section('Detailed design discussion', [...opening, coverage, ...design.map((s) => `#### ${s.heading}\n\n${demote(s.body, 2)}`)].join('\n\n'), [
    `Coverage of MCP ${input.spec}`,
    ...design.map((s) => s.heading),
  ]);
  section('Considered alternatives', people('Considered alternatives', '[Describe an alternative which was considered, and why you decided against it.]'));
  section('Stakeholder Interest & Feedback', people('Stakeholder interest & feedback', 'TODO before entering Phase 3.\n\n[This should include a list of implementers who have expressed interest in implementing the proposal]'));
  section('References & acknowledgements', references(input, find('references', 'references & acknowledgements')));

  out.push('## Table of Contents', '');
  for (const [title, subs] of toc) {
    out.push(`- [${title}](#${githubSlug(title)})`);
    for (const s of subs) out.push(`  - [${s}](#${githubSlug(s)})`);
  }
  out.push('', ...body);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function walkThrough(input: ReadmeInput, extra: DocSection | undefined): { text: string; subs: string[] } {
  const parts: string[] = [];
  parts.push(
    `The full API documentation is generated from the WIT, one page per world (${input.worlds.map((w) => `[\`${w.name}\`](${w.page})`).join(', ')}), from the ${input.pagesFrom} package.`,
  );
  const rows = input.worlds.map((w) => `| [\`${w.name}\`](${w.page}) | ${w.imports.map((i) => `\`${i}\``).join(', ')} | ${w.exports.map((i) => `\`${i}\``).join(', ')} | ${w.summary.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
  parts.push(['| world | imports | exports | what it is |', '|---|---|---|---|', ...rows].join('\n'));
  parts.push(
    ['The package comes in two variants, one folder each, as WASI proposals lay them out:', '', ...input.variants.map((v) => `- ${v.wasi}: \`${v.packageId}\` in [\`${v.dir}/\`](${v.dir}/)`)].join('\n'),
  );
  const subs: string[] = [];
  if (extra) parts.push(demote(extra.body, 1));
  return { text: parts.join('\n\n'), subs };
}

function coverageText(input: ReadmeInput): string {
  const parts = [
    `Every MCP ${input.spec} message, type and field is checked against the WIT by \`wasi-mcp check\` (the full report: [coverage.md](coverage.md)).`,
  ];
  for (const v of input.variants) parts.push(`**${v.wasi} (\`${v.dir}/\`)**\n\n${demote(v.coverage.trim(), 2)}`);
  return parts.join('\n\n');
}

function references(input: ReadmeInput, extra: DocSection | undefined): string {
  const refs = [
    `- [Model Context Protocol specification ${input.spec}](https://modelcontextprotocol.io/specification/${input.spec})`,
    `- [MCP JSON schema ${input.spec}](https://github.com/modelcontextprotocol/modelcontextprotocol/tree/main/schema/${input.spec})`,
    '- [WASI](https://github.com/WebAssembly/WASI) and its [proposal process](https://github.com/WebAssembly/WASI/blob/main/Contributing.md)',
    '- [The Component Model and WIT](https://github.com/WebAssembly/component-model/blob/main/design/mvp/WIT.md)',
    '- [wasi-http](https://github.com/WebAssembly/wasi-http): the protocol-faithful mapping this proposal follows',
  ];
  const parts = [refs.join('\n')];
  if (extra) parts.push(demote(extra.body, 1));
  else parts.push(`${peopleMark('References')}\n\nMany thanks for valuable feedback and advice from:\n\n- [Person 1]\n- [Person 2]\n- [etc.]`);
  return parts.join('\n\n');
}

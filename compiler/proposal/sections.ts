// docs/proposal.md read as sections: the text before the first `## ` heading (the intro), then
// each `## ` section with its body (deeper headings stay in the body). Headings inside fenced code
// blocks are text. Pure: text in, sections out.

export interface DocSection {
  heading: string;
  /** The body without its heading line, trimmed of blank lines at both ends. */
  body: string;
  /** 1-based line of the heading in the document. */
  line: number;
}

export interface ProposalDoc {
  title?: string;
  intro: string;
  sections: DocSection[];
}

export function readSections(text: string): ProposalDoc {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let title: string | undefined;
  const intro: string[] = [];
  const sections: { heading: string; lines: string[]; line: number }[] = [];
  let fence: string | undefined;
  lines.forEach((line, i) => {
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === undefined) fence = f[1]![0]!.repeat(f[1]!.length);
      else if (line.trim().startsWith(fence)) fence = undefined;
    }
    if (fence === undefined && !f) {
      const h1 = /^# (.+)$/.exec(line);
      if (h1 && title === undefined && sections.length === 0) {
        title = h1[1]!.trim();
        return;
      }
      const h2 = /^## (.+?)\s*#*\s*$/.exec(line);
      if (h2) {
        sections.push({ heading: h2[1]!.trim(), lines: [], line: i + 1 });
        return;
      }
    }
    (sections.at(-1)?.lines ?? intro).push(line);
  });
  return {
    ...(title !== undefined ? { title } : {}),
    intro: trimBlank(intro),
    sections: sections.map((s) => ({ heading: s.heading, body: trimBlank(s.lines), line: s.line })),
  };
}

function trimBlank(lines: string[]): string {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a]!.trim() === '') a++;
  while (b > a && lines[b - 1]!.trim() === '') b--;
  return lines.slice(a, b).join('\n');
}

/** Headings moved down by `by` levels (`### x` -> `##### x` for 2), outside code fences. */
export function demote(body: string, by: number): string {
  let fence: string | undefined;
  return body
    .split('\n')
    .map((line) => {
      const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (f) {
        if (fence === undefined) fence = f[1]![0]!.repeat(f[1]!.length);
        else if (line.trim().startsWith(fence)) fence = undefined;
        return line;
      }
      if (fence !== undefined) return line;
      const h = /^(#{1,6}) (.*)$/.exec(line);
      return h ? `${'#'.repeat(Math.min(6, h[1]!.length + by))} ${h[2]}` : line;
    })
    .join('\n');
}

/** GitHub's anchor for a heading: lowercase, punctuation dropped, spaces to `-`. */
export function githubSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

// A small kit for building generated TypeScript, in the spirit of ajv's `_` and `Name`: code is a
// `Code` value, identifiers are checked `Name`s, every other value interpolated into code becomes a
// literal (never raw text), and a `Scope` hands out unique names. The generator's emitters build
// strings; what they splice from data (property names, methods, pointers) goes through `lit`.

/** A piece of generated code, safe to splice as it is. */
export class Code {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** An identifier in generated code (checked when made). */
export class Name extends Code {
  constructor(text: string) {
    if (!IDENT.test(text)) throw new Error(`not an identifier: ${JSON.stringify(text)}`);
    super(text);
  }
}

/** A JSON value: what `lit` writes as a literal. */
export type Literal = string | number | boolean | null | readonly Literal[] | { readonly [key: string]: Literal };

/** A value as a JS literal (JSON's spelling, which is valid JS). Refuses what JSON cannot spell. */
export function lit(v: unknown): string {
  if (v === undefined || (typeof v === 'number' && !Number.isFinite(v))) throw new Error(`no literal for ${String(v)}`);
  return JSON.stringify(v);
}

/** `_\`...\``: Code and Names are spliced as they are; any other value becomes a literal. */
export function _(strings: TemplateStringsArray, ...values: (Code | Literal)[]): Code {
  let out = strings[0] as string;
  values.forEach((v, i) => {
    out += (v instanceof Code ? v.text : lit(v)) + (strings[i + 1] as string);
  });
  return new Code(out);
}

/** Pieces of code joined by a separator. */
export function join(parts: readonly (Code | string)[], sep = ', '): Code {
  return new Code(parts.map(String).join(sep));
}

/** A JS property access that is safe for any key: `o.key` or `o["the key"]`. */
export function prop(obj: Code | string, key: string): string {
  return IDENT.test(key) ? `${String(obj)}.${key}` : `${String(obj)}[${lit(key)}]`;
}

/** Names unique within one generated module: a base name, then `base2`, `base3`, ... */
export class Scope {
  private readonly used = new Set<string>();
  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.used.add(r);
  }
  /** A fresh name from `base` (non-identifier characters become `_`). */
  name(base: string): Name {
    const clean = base.replace(/[^A-Za-z0-9_$]/g, '_').replace(/^(?=[0-9])/, '_');
    let candidate = clean;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${clean}${n}`;
    this.used.add(candidate);
    return new Name(candidate);
  }
  /** Claims `text` exactly (a name generated code must have, like an exported API); throws if taken. */
  claim(text: string): Name {
    if (this.used.has(text)) throw new Error(`name ${text} is already used in this module`);
    this.used.add(text);
    return new Name(text);
  }
}

// Recursive-descent parser for one WIT file. Like wit-parser it stops at the first syntax error,
// which is reported as a diagnostic (never thrown to the caller).

import { error, type Diagnostic } from '../diagnostics.js';
import type * as A from './ast.js';
import { KEYWORDS, LexError, tokenize, validateIdentifier, type Token } from './lexer.js';
import { SourceMap } from './span.js';
import { semverError } from './semver.js';
import type { Span } from './model.js';

export interface ParseResult {
  file?: A.WitFile;
  diagnostics: Diagnostic[];
}

class ParseError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly length: number,
  ) {
    super(message);
  }
}

const PRIMITIVES: ReadonlySet<string> = new Set([
  'bool', 's8', 's16', 's32', 's64', 'u8', 'u16', 'u32', 'u64', 'f32', 'f64', 'char', 'string',
  'error-context',
]);
const TYPEDEF_KEYWORDS: ReadonlySet<string> = new Set(['type', 'record', 'variant', 'enum', 'flags', 'resource']);
/** wit-parser's limit on nested type expressions (`list<list<...>>`): deeper is an error. */
const MAX_TYPE_DEPTH = 100;

export function parseFile(text: string, fileName: string): ParseResult {
  const map = new SourceMap(fileName, text);
  try {
    const parser = new Parser(tokenize(text), map);
    const file = parser.file();
    if (parser.deferred) throw parser.deferred;
    return { file, diagnostics: [] };
  } catch (e) {
    if (e instanceof ParseError || e instanceof LexError) {
      const { line, column } = map.lineColumn(e.offset);
      return {
        diagnostics: [error('wit-syntax', e.message, { file: fileName, line, column, length: Math.max(1, e.length) })],
      };
    }
    throw e;
  }
}

class Parser {
  private pos = 0;
  private lastEnd = 0;
  /** Tokens without comments, and the comments found right before each of them. */
  private readonly toks: Token[] = [];
  private readonly docsAt: (Token[] | undefined)[] = [];
  /**
   * The first problem wit-parser only notices after parsing (a bad gate combination, an invalid
   * semver): reported once the whole file parsed, so syntax errors come first.
   */
  deferred: ParseError | undefined;

  constructor(
    tokens: Token[],
    private readonly map: SourceMap,
  ) {
    let pending: Token[] | undefined;
    for (const t of tokens) {
      if (t.kind === 'doc') {
        (pending ??= []).push(t);
        continue;
      }
      this.docsAt.push(pending);
      this.toks.push(t);
      pending = undefined;
    }
  }

  // ---- token helpers -------------------------------------------------------------------------

  private peek(k = 0): Token {
    const t = this.toks[Math.min(this.pos + k, this.toks.length - 1)]!;
    // Lexing errors surface only when the parser gets there, as with wit-parser's lazy lexer.
    if (t.kind === 'error' && k === 0) throw new ParseError(t.text, t.offset, t.length);
    return t;
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.pos++;
    this.lastEnd = t.offset + t.length;
    return t;
  }

  private isSym(text: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === 'sym' && t.text === text;
  }

  private isKw(text: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === 'id' && t.text === text;
  }

  private eatSym(text: string): boolean {
    if (!this.isSym(text)) return false;
    this.next();
    return true;
  }

  private eatKw(text: string): boolean {
    if (!this.isKw(text)) return false;
    this.next();
    return true;
  }

  private expectSym(text: string): Token {
    if (!this.isSym(text)) this.unexpected(symbolName(text));
    return this.next();
  }

  private expectKw(text: string): Token {
    if (!this.isKw(text)) this.unexpected(KEYWORDS.has(text) ? `keyword \`${text}\`` : `\`${text}\``);
    return this.next();
  }

  private unexpected(expected: string): never {
    const t = this.peek();
    throw new ParseError(`expected ${expected}, found ${describe(t)}`, t.offset, t.length || 1);
  }

  private spanFrom(start: number): Span {
    return this.map.span(start, this.lastEnd - start);
  }

  /** The comments right before the current token, as docs (wit-parser treats them all so). */
  private docs(): string | undefined {
    const raw = this.docsAt[this.pos];
    if (!raw) return undefined;
    for (const t of raw) {
      // wit-parser 0.259 panics on this one (strip "/**", then "*/" is missing); reject it.
      if (t.text === '/**/') throw new ParseError('`/**/` before an item is not supported (the reference crashes on it)', t.offset, t.length);
    }
    return normalizeDocs(raw.map((t) => t.text));
  }

  // ---- identifiers and names -----------------------------------------------------------------

  private id(): A.Ident {
    const t = this.peek();
    if (t.kind === 'explicit-id' || (t.kind === 'id' && !KEYWORDS.has(t.text))) {
      this.next();
      const problem = validateIdentifier(t.text);
      if (problem) throw new ParseError(problem, t.offset, t.length);
      return { name: t.text, span: this.map.span(t.offset, t.length) };
    }
    return this.unexpected('an identifier or string');
  }

  /** A semver made of adjacent tokens (`1.0.0-rc.1+build`). */
  /**
   * wit-parser's version syntax: `int . int . int`, then `-` and `+` parts made of identifiers,
   * integers and `-` (a `.` only when a word follows). Whitespace between those tokens is skipped
   * but stays in the source slice that is then parsed as semver, so it is reported there.
   */
  private version(): string {
    const start = this.peek().offset;
    const num = () => {
      if (this.peek().kind !== 'int') this.unexpected('an integer');
      return this.next();
    };
    num();
    this.expectSym('.');
    num();
    this.expectSym('.');
    let end = num();
    const isWord = (t: Token) => t.kind === 'int' || (t.kind === 'id' && !KEYWORDS.has(t.text));
    for (const prefix of ['-', '+']) {
      if (!this.eatSym(prefix)) continue;
      for (;;) {
        const t = this.peek();
        if (isWord(t) || (t.kind === 'sym' && t.text === '-')) {
          end = this.next();
        } else if (t.kind === 'sym' && t.text === '.' && isWord(this.peek(1))) {
          this.next();
          end = this.next();
        } else break;
      }
    }
    const text = this.map.text.slice(start, end.offset + end.length);
    const problem = semverError(text);
    if (problem) throw new ParseError(problem, start, text.length);
    return text;
  }

  private packageName(): A.PackageName {
    const start = this.peek().offset;
    const namespace = this.id().name;
    this.expectSym(':');
    const name = this.id().name;
    let version: string | undefined;
    if (this.eatSym('@')) version = this.version();
    return { namespace, name, version, span: this.spanFrom(start) };
  }

  private usePath(): A.UsePath {
    const start = this.peek().offset;
    const first = this.id();
    if (!this.isSym(':')) return { kind: 'local', name: first, span: this.spanFrom(start) };
    this.next();
    const name = this.id().name;
    this.expectSym('/');
    const iface = this.id();
    let version: string | undefined;
    if (this.eatSym('@')) version = this.version();
    const pkgSpan = this.map.span(start, this.lastEnd - start);
    return {
      kind: 'package',
      package: { namespace: first.name, name, version, span: pkgSpan },
      interface: iface,
      span: this.spanFrom(start),
    };
  }

  // ---- attributes ----------------------------------------------------------------------------

  private attrs(): A.Attrs {
    const docs = this.docs();
    const gates: A.GateNode[] = [];
    let externalId: string | undefined;
    while (this.isSym('@')) {
      const start = this.next().offset;
      const nameTok = this.peek();
      // wit-parser reads the name as any identifier: `@%since(...)` is `@since(...)`.
      if (nameTok.kind !== 'explicit-id' && (nameTok.kind !== 'id' || KEYWORDS.has(nameTok.text))) this.unexpected('an identifier or string');
      this.next();
      const attr = nameTok.text;
      const bad = validateIdentifier(attr);
      if (bad) throw new ParseError(bad, nameTok.offset, nameTok.length);
      // The name is checked before its arguments, as in wit-parser.
      if (!['since', 'deprecated', 'unstable', 'external-id'].includes(attr)) {
        throw new ParseError(`unknown attribute \`${attr}\``, nameTok.offset, nameTok.length);
      }
      this.expectSym('(');
      if (attr === 'since' || attr === 'deprecated') {
        this.expectField('version');
        this.expectSym('=');
        const version = this.version();
        this.expectSym(')');
        gates.push({ kind: attr, version, span: this.spanFrom(start) });
      } else if (attr === 'unstable') {
        this.expectField('feature');
        this.expectSym('=');
        const feature = this.id().name;
        this.expectSym(')');
        gates.push({ kind: 'unstable', feature, span: this.spanFrom(start) });
      } else {
        const s = this.peek();
        if (s.kind !== 'string') this.unexpected('a string');
        this.next();
        this.expectSym(')');
        externalId = s.text;
      }
    }
    // wit-parser checks combinations while resolving, after the whole file parsed.
    this.deferred ??= gateCombinationProblem(gates);
    return { docs, gates, externalId };
  }

  /** `version` / `feature` inside a gate: wit-parser names the identifier it found instead. */
  private expectField(name: string): void {
    const t = this.peek();
    if (t.kind !== 'id' || KEYWORDS.has(t.text)) this.unexpected('an identifier or string');
    const bad = validateIdentifier(t.text);
    if (bad) throw new ParseError(bad, t.offset, t.length);
    if (t.text !== name) throw new ParseError(`expected \`${name}\`, found \`${t.text}\``, t.offset, t.length);
    this.next();
  }

  /** Fields and cases take docs but no gates. */
  private docsOnly(): A.Attrs {
    return { docs: this.docs(), gates: [] };
  }

  // ---- file level ----------------------------------------------------------------------------

  file(): A.WitFile {
    const file: A.WitFile = { file: this.map.file, items: [] };
    const headerStart = this.pos;
    const attrs = this.attrs();
    if (this.isKw('package')) {
      this.noPackageAttrs(attrs, this.peek());
      const start = this.next().offset;
      const name = this.packageName();
      if (this.eatSym(';')) {
        file.package = name;
        file.docs = attrs.docs;
      } else {
        file.items.push(this.nestedPackage(attrs, name, start));
      }
    } else {
      this.pos = headerStart; // no package header: the attrs belong to the first item
    }
    while (this.peek().kind !== 'eof') {
      const itemAttrs = this.attrs();
      if (this.isKw('package')) {
        this.noPackageAttrs(itemAttrs, this.peek());
        const start = this.next().offset;
        const name = this.packageName();
        file.items.push(this.nestedPackage(itemAttrs, name, start));
      } else {
        file.items.push(this.packageItem(itemAttrs));
      }
    }
    return file;
  }

  /** wit-parser rejects gates on any `package` line (its message says nested, even for the header). */
  private noPackageAttrs(attrs: A.Attrs, at: Token): void {
    const g = attrs.gates[0];
    if (g || attrs.externalId !== undefined) {
      throw new ParseError('cannot place attributes on nested packages', g?.span?.offset ?? at.offset, g?.span?.length ?? at.length);
    }
  }

  private nestedPackage(attrs: A.Attrs, name: A.PackageName, start: number): A.NestedPackageNode {
    this.expectSym('{');
    const items: A.PackageItem[] = [];
    while (!this.eatSym('}')) {
      const attrs = this.attrs();
      if (this.isKw('package')) {
        this.noPackageAttrs(attrs, this.peek());
        // wit-parser parses it all and rejects it afterwards, so syntax errors come first.
        const at = this.next();
        this.nestedPackage(attrs, this.packageName(), at.offset);
        this.deferred ??= new ParseError('nested packages must be placed at the top-level', at.offset, at.length);
        continue;
      }
      items.push(this.packageItem(attrs));
    }
    return { kind: 'package', ...attrs, name, items, span: this.spanFrom(start) };
  }

  private packageItem(attrs: A.Attrs): A.PackageItem {
    const start = this.peek().offset;
    if (this.eatKw('interface')) {
      const name = this.id();
      const items = this.interfaceBody();
      return { kind: 'interface', ...attrs, name, items, span: this.spanFrom(start) };
    }
    if (this.eatKw('world')) {
      const name = this.id();
      const items = this.worldBody();
      return { kind: 'world', ...attrs, name, items, span: this.spanFrom(start) };
    }
    if (this.eatKw('use')) {
      const path = this.usePath();
      let as: A.Ident | undefined;
      if (this.eatKw('as')) as = this.id();
      this.expectSym(';');
      return { kind: 'top-use', ...attrs, path, as, span: this.spanFrom(start) };
    }
    return this.unexpected('`world`, `interface` or `use`');
  }

  // ---- interfaces ----------------------------------------------------------------------------

  private interfaceBody(): A.InterfaceItem[] {
    this.expectSym('{');
    const items: A.InterfaceItem[] = [];
    while (!this.eatSym('}')) items.push(this.interfaceItem(this.attrs()));
    return items;
  }

  private interfaceItem(attrs: A.Attrs): A.InterfaceItem {
    const t = this.peek();
    if (t.kind === 'id' && t.text === 'use') return this.useItem(attrs);
    if (t.kind === 'id' && TYPEDEF_KEYWORDS.has(t.text)) return this.typedef(attrs);
    if (t.kind === 'explicit-id' || (t.kind === 'id' && !KEYWORDS.has(t.text))) {
      const name = this.id();
      this.expectSym(':');
      const func = this.funcType();
      this.expectSym(';');
      return { kind: 'func', ...attrs, name, func, span: this.spanFrom(t.offset) };
    }
    return this.unexpected('`type`, `resource` or `func`');
  }

  private useItem(attrs: A.Attrs): A.UseNode {
    const start = this.expectKw('use').offset;
    const path = this.usePath();
    this.expectSym('.');
    this.expectSym('{');
    const names: A.UseName[] = [];
    for (;;) {
      if (this.eatSym('}')) break;
      const nameStart = this.peek().offset;
      const name = this.id();
      const as = this.eatKw('as') ? this.id() : undefined;
      names.push({ name, as, span: this.spanFrom(nameStart) });
      if (!this.eatSym(',')) {
        this.expectSym('}');
        break;
      }
    }
    this.expectSym(';');
    return { kind: 'use', ...attrs, path, names, span: this.spanFrom(start) };
  }

  private funcType(): A.FuncType {
    const start = this.peek().offset;
    const isAsync = this.eatKw('async');
    this.expectKw('func');
    const params = this.params();
    let result: A.TypeExpr | undefined;
    if (this.eatSym('->')) result = this.type();
    return { async: isAsync, params, result, span: this.spanFrom(start) };
  }

  private params(): A.ParamNode[] {
    return this.list('(', ')', () => {
      const start = this.peek().offset;
      const name = this.id();
      this.expectSym(':');
      const type = this.type();
      return { name, type, span: this.spanFrom(start) };
    });
  }

  /** A delimited, comma-separated list allowing a trailing comma (and empty, like wit-parser). */
  private list<T>(open: string, close: string, item: () => T): T[] {
    this.expectSym(open);
    const out: T[] = [];
    for (;;) {
      if (this.eatSym(close)) return out;
      out.push(item());
      if (!this.eatSym(',')) {
        this.expectSym(close);
        return out;
      }
    }
  }

  // ---- type definitions ----------------------------------------------------------------------

  private typedef(attrs: A.Attrs): A.TypeDefNode {
    const kw = this.next();
    const start = kw.offset;
    const name = this.id();
    const done = <T extends object>(rest: T) => ({ ...attrs, name, ...rest, span: this.spanFrom(start) });
    switch (kw.text) {
      case 'type': {
        this.expectSym('=');
        const target = this.type();
        this.expectSym(';');
        return done({ kind: 'alias' as const, target });
      }
      case 'record':
        return done({
          kind: 'record' as const,
          fields: this.list('{', '}', () => {
            const a = this.docsOnly();
            const s = this.peek().offset;
            const fname = this.id();
            this.expectSym(':');
            const type = this.type();
            return { ...a, name: fname, type, span: this.spanFrom(s) };
          }),
        });
      case 'variant':
        return done({ kind: 'variant' as const, cases: this.cases(true) });
      case 'enum':
        return done({ kind: 'enum' as const, cases: this.cases(false) });
      case 'flags':
        return done({ kind: 'flags' as const, flags: this.cases(false) });
      case 'resource': {
        if (!this.eatSym('{')) {
          this.expectSym(';');
          return done({ kind: 'resource' as const });
        }
        const members: A.ResourceMember[] = [];
        while (!this.eatSym('}')) members.push(this.resourceMember(this.attrs()));
        return done({ kind: 'resource' as const, members });
      }
      default:
        throw new ParseError(`unexpected \`${kw.text}\``, kw.offset, kw.length);
    }
  }

  private cases(payload: boolean): A.CaseNode[] {
    return this.list('{', '}', () => {
      const a = this.docsOnly();
      const s = this.peek().offset;
      const name = this.id();
      let type: A.TypeExpr | undefined;
      if (payload && this.eatSym('(')) {
        type = this.type();
        this.expectSym(')');
      }
      return { ...a, name, type, span: this.spanFrom(s) };
    });
  }

  private resourceMember(attrs: A.Attrs): A.ResourceMember {
    const start = this.peek().offset;
    if (this.eatKw('constructor')) {
      const fstart = this.lastEnd;
      const params = this.params();
      let result: A.TypeExpr | undefined;
      if (this.eatSym('->')) result = this.type();
      this.expectSym(';');
      const func: A.FuncType = { async: false, params, result, span: this.map.span(fstart, this.lastEnd - fstart) };
      return { kind: 'constructor', ...attrs, func, span: this.spanFrom(start) };
    }
    const t = this.peek();
    if (t.kind !== 'explicit-id' && (t.kind !== 'id' || KEYWORDS.has(t.text))) this.unexpected('`constructor` or identifier');
    const name = this.id();
    this.expectSym(':');
    const isStatic = this.eatKw('static');
    const func = this.funcType();
    this.expectSym(';');
    return { kind: isStatic ? 'static' : 'method', ...attrs, name, func, span: this.spanFrom(start) };
  }

  // ---- type expressions ----------------------------------------------------------------------

  /** How deep the type expression being parsed is nested (wit-parser stops past 100). */
  private typeDepth = 0;

  type(): A.TypeExpr {
    const t = this.peek();
    // wit-parser bounds its recursion: the 101st nested type is an error, before it is read.
    if (this.typeDepth >= MAX_TYPE_DEPTH) throw new ParseError('type nesting too deep', t.offset, t.length);
    this.typeDepth++;
    try {
      return this.typeAt(t);
    } finally {
      this.typeDepth--;
    }
  }

  private typeAt(t: Token): A.TypeExpr {
    const start = t.offset;
    if (t.kind === 'explicit-id') return { kind: 'name', name: this.id(), span: this.spanFrom(start) };
    if (t.kind === 'sym' && t.text === '_') this.unexpected('a type');
    if (t.kind !== 'id') this.unexpected('a type');
    if (PRIMITIVES.has(t.text)) {
      this.next();
      return { kind: 'primitive', name: t.text as A.PrimitiveTypeName, span: this.spanFrom(start) };
    }
    switch (t.text) {
      case 'list': {
        this.next();
        this.expectSym('<');
        const element = this.type();
        let length: number | undefined;
        if (this.eatSym(',')) {
          const n = this.peek();
          if (n.kind !== 'int') this.unexpected('fixed-length');
          this.next();
          length = Number(n.text);
        }
        this.expectSym('>');
        return { kind: 'list', element, length, span: this.spanFrom(start) };
      }
      case 'map': {
        this.next();
        this.expectSym('<');
        const key = this.type();
        this.expectSym(',');
        const value = this.type();
        this.expectSym('>');
        return { kind: 'map', key, value, span: this.spanFrom(start) };
      }
      case 'option': {
        this.next();
        this.expectSym('<');
        const inner = this.type();
        this.expectSym('>');
        return { kind: 'option', inner, span: this.spanFrom(start) };
      }
      case 'result':
        return this.resultType();
      case 'tuple': {
        this.next();
        const elements = this.list('<', '>', () => this.type());
        return { kind: 'tuple', elements, span: this.spanFrom(start) };
      }
      case 'future':
      case 'stream': {
        this.next();
        let inner: A.TypeExpr | undefined;
        if (this.eatSym('<')) {
          inner = this.type();
          this.expectSym('>');
        }
        return { kind: t.text, inner, span: this.spanFrom(start) };
      }
      case 'own':
      case 'borrow': {
        this.next();
        this.expectSym('<');
        const resource = this.id();
        this.expectSym('>');
        return { kind: t.text, resource, span: this.spanFrom(start) };
      }
      default:
        if (KEYWORDS.has(t.text)) this.unexpected('a type');
        return { kind: 'name', name: this.id(), span: this.spanFrom(start) };
    }
  }

  private resultType(): A.TypeExpr {
    const start = this.next().offset;
    if (!this.eatSym('<')) return { kind: 'result', span: this.spanFrom(start) };
    if (this.eatSym('_')) {
      this.expectSym(',');
      const err = this.type();
      this.expectSym('>');
      return { kind: 'result', err, span: this.spanFrom(start) };
    }
    const ok = this.type();
    let err: A.TypeExpr | undefined;
    if (this.eatSym(',')) err = this.type();
    this.expectSym('>');
    return { kind: 'result', ok, err, span: this.spanFrom(start) };
  }

  // ---- worlds --------------------------------------------------------------------------------

  private worldBody(): A.WorldItemNode[] {
    this.expectSym('{');
    const items: A.WorldItemNode[] = [];
    while (!this.eatSym('}')) items.push(this.worldItem(this.attrs()));
    return items;
  }

  private worldItem(attrs: A.Attrs): A.WorldItemNode {
    const t = this.peek();
    if (t.kind === 'id' && (t.text === 'import' || t.text === 'export')) {
      this.next();
      const target = this.externTarget();
      return { kind: t.text, ...attrs, target, span: this.spanFrom(t.offset) };
    }
    if (t.kind === 'id' && t.text === 'include') {
      this.next();
      const path = this.usePath();
      let withNames: A.IncludeName[] = [];
      if (this.eatKw('with')) {
        withNames = this.list('{', '}', () => {
          const s = this.peek().offset;
          const from = this.id();
          this.expectKw('as');
          const to = this.id();
          return { from, to, span: this.spanFrom(s) };
        });
      } else {
        this.expectSym(';');
      }
      return { kind: 'include', ...attrs, path, with: withNames, span: this.spanFrom(t.offset) };
    }
    if (t.kind === 'id' && t.text === 'use') return this.useItem(attrs);
    if (t.kind === 'id' && TYPEDEF_KEYWORDS.has(t.text)) return this.typedef(attrs);
    return this.unexpected('`import`, `export`, `include`, `use`, or type definition');
  }

  private externTarget(): A.ExternTarget {
    const start = this.peek().offset;
    const target = this.externTargetBody();
    target.span = this.spanFrom(start);
    return target;
  }

  private externTargetBody(): A.ExternTarget {
    // `name: func`, `name: interface {..}`, `name: path;`, or a bare path (`iface`, `ns:pkg/iface`).
    if (this.isSym(':', 1)) {
      const after = this.peek(2);
      const isPackagePath = (after.kind === 'id' || after.kind === 'explicit-id') && this.isSym('/', 3);
      if (!isPackagePath) {
        const name = this.id();
        this.next(); // ':'
        if (this.isKw('func') || this.isKw('async')) {
          const func = this.funcType();
          this.expectSym(';');
          return { kind: 'func', name, func };
        }
        if (this.eatKw('interface')) return { kind: 'interface', name, items: this.interfaceBody() };
        const path = this.usePath();
        this.expectSym(';');
        return { kind: 'named-path', name, path };
      }
    }
    const path = this.usePath();
    this.expectSym(';');
    return { kind: 'path', path };
  }
}

/** wit-parser's token descriptions: quotes for punctuation, backticks for operators. */
function symbolName(text: string): string {
  if (text === '_') return 'keyword `_`';
  return ['->', '*', '@', '/', '+', '-'].includes(text) ? `\`${text}\`` : `'${text}'`;
}

function describe(t: Token): string {
  switch (t.kind) {
    case 'eof':
      return 'eof';
    case 'int':
      return 'an integer';
    case 'string':
      return 'a string';
    case 'explicit-id':
      return "an '%' identifier";
    case 'error':
      return 'an invalid token';
    case 'doc':
      return 'a doc comment';
    case 'id':
      return KEYWORDS.has(t.text) ? `keyword \`${t.text}\`` : 'an identifier';
    case 'sym':
      return symbolName(t.text);
    default: {
      const _: never = t.kind;
      return String(_);
    }
  }
}

/** wit-parser's rules for which gates may be combined on one item. */
function gateCombinationProblem(gates: A.GateNode[]): ParseError | undefined {
  const count = (k: A.GateNode['kind']) => gates.filter((g) => g.kind === k).length;
  const since = count('since');
  const unstable = count('unstable');
  const deprecated = count('deprecated');
  const at = (msg: string) => {
    const g = gates[gates.length - 1]!;
    return new ParseError(msg, g.span?.offset ?? 0, g.span?.length ?? 1);
  };
  if (since > 1) return at('cannot specify @since twice');
  if (unstable > 1) return at('cannot specify @unstable twice');
  if (deprecated > 1) return at('cannot specify @deprecated twice');
  if (since && unstable) return at('cannot specify both @since and @unstable');
  if (deprecated && !since && !unstable) return at('cannot specify both @deprecated without @since or @unstable');
  return undefined;
}

/**
 * wit-parser's doc normalization: strip the comment markers and trailing whitespace, remove the
 * smallest leading indentation shared by all non-empty comments, join lines with `\n`.
 */
export function normalizeDocs(raw: string[]): string | undefined {
  if (raw.length === 0) return undefined;
  let docs = raw.map((d) => (d.startsWith('/**') ? d.slice(3, -2) : d.replace(/^\/+/, '')).replace(/\s+$/, ''));
  const indents = docs.filter((d) => d !== '').map((d) => /^[\t\n\v\f\r ]*/.exec(d)![0].length);
  const min = indents.length > 0 ? Math.min(...indents) : 0;
  if (min > 0) {
    const pad = ' '.repeat(min);
    docs = docs.map((d) => (d.startsWith(pad) ? d.slice(min) : d));
  }
  let out = '';
  for (const d of docs) {
    if (d === '') out += '\n';
    else for (const line of d.replace(/\n$/, '').split('\n')) out += line.replace(/\r$/, '') + '\n';
  }
  return out.replace(/\n+$/, '');
}

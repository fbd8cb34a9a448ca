// fast-check arbitraries of WIT values, in the exact JavaScript shapes jco lifts and lowers
// (see /work/shared/notes/jco-values.md), derived from the resolved WIT model: a harness test
// can then push values of any proposal type through a component and expect them back equal.

import fc from 'fast-check';
import type { TypeDef, WitModel, WitType } from '../../compiler/wit/model.js';
import { camel } from '../../compiler/proof/names.js';

export interface ArbitraryOptions {
  /** Longest generated list (nesting multiplies sizes; small keeps runs fast). */
  maxLength?: number;
}

/** A Unicode scalar value: WIT strings and chars cannot hold a lone surrogate. */
const scalar = fc
  .integer({ min: 0, max: 0x10ffff - 0x800 })
  .map((n) => String.fromCodePoint(n >= 0xd800 ? n + 0x800 : n));
// Mostly ASCII with some of everything else, so short strings still hit multi-byte UTF-8.
const stringArb = (maxLength: number) =>
  fc.string({ unit: fc.oneof({ weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) }, { weight: 1, arbitrary: scalar }), maxLength: maxLength * 4 });

const INT_RANGES = {
  s8: [-128, 127],
  s16: [-32768, 32767],
  s32: [-2147483648, 2147483647],
  u8: [0, 255],
  u16: [0, 65535],
  u32: [0, 4294967295],
} as const;


export class WitArbitraries {
  private readonly cache = new Map<string, fc.Arbitrary<unknown>>();
  private readonly maxLength: number;

  constructor(
    private readonly model: WitModel,
    options: ArbitraryOptions = {},
  ) {
    this.maxLength = options.maxLength ?? 3;
  }

  /** The arbitrary of a type expression. */
  of(t: WitType): fc.Arbitrary<unknown> {
    switch (t.kind) {
      case 'primitive':
        return this.primitive(t.name);
      case 'list':
        return this.list(t.element, t.length);
      case 'option': {
        const inner = this.of(t.inner);
        // jco: option<T> is `T | undefined`, unless T's own values include undefined (T is an
        // option in the plain form): then this option takes the tagged form.
        if (this.plainOptional(t.inner)) return fc.oneof(fc.constant({ tag: 'none' }), inner.map((val) => ({ tag: 'some', val })));
        return fc.option(inner, { nil: undefined, freq: 3 });
      }
      case 'result':
        return fc.oneof(
          (t.ok ? this.of(t.ok) : fc.constant(undefined)).map((val) => ({ tag: 'ok', val })),
          (t.err ? this.of(t.err) : fc.constant(undefined)).map((val) => ({ tag: 'err', val })),
        );
      case 'tuple':
        return fc.tuple(...t.elements.map((e) => this.of(e)));
      case 'named':
        return this.named(this.def(t.id));
      default:
        throw new Error(`no arbitrary for WIT ${t.kind}`);
    }
  }

  /** Whether jco represents `t` as a JS value that can be `undefined` (a plain-form option). */
  plainOptional(t: WitType): boolean {
    const d = this.dealias(t);
    return d.kind === 'option' && !this.plainOptional(d.inner);
  }

  private dealias(t: WitType): WitType {
    while (t.kind === 'named') {
      const def = this.def(t.id);
      if (def.kind !== 'alias') return t;
      t = def.target;
    }
    return t;
  }

  private def(id: string): TypeDef {
    const d = this.model.types[id];
    if (!d) throw new Error(`unknown WIT type ${id}`);
    return d;
  }

  private named(def: TypeDef): fc.Arbitrary<unknown> {
    const hit = this.cache.get(def.id);
    if (hit) return hit;
    const arb = this.build(def);
    this.cache.set(def.id, arb);
    return arb;
  }

  private build(def: TypeDef): fc.Arbitrary<unknown> {
    switch (def.kind) {
      case 'alias':
        return this.of(def.target);
      case 'record': {
        // Every key present (undefined for none), as jco lifts records.
        const fields = Object.fromEntries(def.fields.map((f) => [camel(f.name), this.of(f.type)]));
        return fc.record(fields, { noNullPrototype: true });
      }
      case 'variant':
        return fc.oneof(...def.cases.map((c) => (c.type ? this.of(c.type).map((val) => ({ tag: c.name, val })) : fc.constant({ tag: c.name }))));
      case 'enum':
        return fc.constantFrom(...def.cases.map((c) => c.name));
      case 'flags':
        return fc.record(Object.fromEntries(def.flags.map((f) => [camel(f.name), fc.boolean()])), { noNullPrototype: true });
      default:
        throw new Error(`no arbitrary for WIT ${def.kind} ${def.id}`);
    }
  }

  private primitive(name: string): fc.Arbitrary<unknown> {
    switch (name) {
      case 'bool':
        return fc.boolean();
      case 's8':
      case 's16':
      case 's32':
      case 'u8':
      case 'u16':
      case 'u32': {
        const [min, max] = INT_RANGES[name];
        return fc.integer({ min, max });
      }
      case 's64':
        return fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
      case 'u64':
        return fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });
      case 'f32':
        return fc.float();
      case 'f64':
        return fc.double();
      case 'char':
        return scalar;
      case 'string':
        return stringArb(this.maxLength * 4);
      default:
        throw new Error(`no arbitrary for WIT ${name}`);
    }
  }

  private list(element: WitType, length: number | undefined): fc.Arbitrary<unknown> {
    const size = length === undefined ? { maxLength: this.maxLength * 4 } : { minLength: length, maxLength: length };
    const e = this.dealias(element);
    // Numeric lists lift as typed arrays (list<u8> -> Uint8Array, ...).
    if (e.kind === 'primitive') {
      const typed = typedArray(e.name, size);
      if (typed) return typed;
    }
    return fc.array(this.of(element), length === undefined ? { maxLength: this.maxLength } : size);
  }
}

function typedArray(name: string, size: { minLength?: number; maxLength: number }): fc.Arbitrary<unknown> | undefined {
  switch (name) {
    case 'u8':
      return fc.uint8Array(size);
    case 's8':
      return fc.int8Array(size);
    case 'u16':
      return fc.uint16Array(size);
    case 's16':
      return fc.int16Array(size);
    case 'u32':
      return fc.uint32Array(size);
    case 's32':
      return fc.int32Array(size);
    case 'u64':
      return fc.bigUint64Array(size);
    case 's64':
      return fc.bigInt64Array(size);
    case 'f32':
      return fc.float32Array(size);
    case 'f64':
      return fc.float64Array(size);
    default:
      return undefined;
  }
}

// The TypeScript type of a WIT type exactly as `jco types` writes it, so generated signatures can
// name jco's own declarations: named types come from the owning interface's `.d.ts` under their
// UpperCamelCase name; anonymous types are spelled out (option<T> as `T | undefined`, list<u8> as
// `Uint8Array`, a nested option in the tagged form).
import { upperCamel } from '../../map/names.js';
import { resolveWit, unreachable } from '../../map/shapes.js';
import type { TypeDef, WitModel, WitType } from '../../wit/model.js';

/** The import alias of an interface's jco declarations: `W_types`, `W_content`. */
export function interfaceAlias(iface: string): string {
  return `W_${iface.replace(/-/g, '_')}`;
}

/** The module jco writes an interface's declarations to, relative to the codec directory. */
export function interfaceModule(wit: WitModel, def: TypeDef): string {
  const pkg = wit.packages[def.owner.package];
  const ns = pkg?.namespace ?? 'pkg';
  const name = pkg?.name ?? 'pkg';
  return `./wit/interfaces/${ns}-${name}-${def.owner.interface ?? def.owner.world ?? ''}.js`;
}

/** Can a value of this type be `undefined` in jco's representation (is it an option)? */
export function canBeUndefined(wit: WitModel, type: WitType): boolean {
  return resolveWit(wit, type).kind === 'option';
}

export function witTs(wit: WitModel, type: WitType, used: Set<string>): string {
  switch (type.kind) {
    case 'primitive':
      switch (type.name) {
        case 'bool':
          return 'boolean';
        case 's64':
        case 'u64':
          return 'bigint';
        case 'char':
        case 'string':
          return 'string';
        case 'error-context':
          return 'unknown';
        default:
          return 'number';
      }
    case 'map':
      // As \`jco types\` writes it.
      return `Map<${witTs(wit, type.key, used)}, ${witTs(wit, type.value, used)}>`;
    case 'list': {
      const el = resolveWit(wit, type.element);
      if (el.kind === 'primitive') {
        const typed: Record<string, string> = {
          u8: 'Uint8Array', s8: 'Int8Array', u16: 'Uint16Array', s16: 'Int16Array', u32: 'Uint32Array',
          s32: 'Int32Array', u64: 'BigUint64Array', s64: 'BigInt64Array', f32: 'Float32Array', f64: 'Float64Array',
        };
        const t = typed[el.name];
        if (t) return t;
      }
      return `Array<${witTs(wit, type.element, used)}>`;
    }
    case 'option':
      return canBeUndefined(wit, type.inner)
        ? `({ tag: 'none' } | { tag: 'some'; val: ${witTs(wit, type.inner, used)} })`
        : `${witTs(wit, type.inner, used)} | undefined`;
    case 'result':
      return `({ tag: 'ok'; val: ${type.ok ? witTs(wit, type.ok, used) : 'undefined'} } | { tag: 'err'; val: ${type.err ? witTs(wit, type.err, used) : 'undefined'} })`;
    case 'tuple':
      return `[${type.elements.map((e) => witTs(wit, e, used)).join(', ')}]`;
    case 'future':
    case 'stream':
    case 'own':
    case 'borrow':
      return 'unknown';
    case 'named': {
      const def = wit.types[type.id];
      if (!def) return 'unknown';
      const alias = interfaceAlias(def.owner.interface ?? def.owner.world ?? 'world');
      used.add(def.id);
      return `${alias}.${upperCamel(def.name)}`;
    }
    default:
      return unreachable(type, 'WIT type');
  }
}

// The codec generator decides no pairing itself: the Mapping keeps the checker's decision for
// every named pair, and the value, text and tree paths each have an emitter for every type rule.
import { describe, expect, it } from 'vitest';
import { VALUE_EMITTERS, VALUE_SLOT_EMITTERS } from '../../compiler/emit/codecs/converters.js';
import { Decisions } from '../../compiler/emit/codecs/decisions.js';
import { codecInputs } from '../../compiler/pipeline.js';
import { TEXT_EMITTERS, TEXT_SLOT_EMITTERS } from '../../compiler/emit/codecs/text.js';
import { TREE_EMITTERS, TREE_SLOT_EMITTERS } from '../../compiler/emit/codecs/tree.js';
import { pairKey } from '../../compiler/map/compare.js';
import { decideType, SLOT_RULES, TYPE_RULES } from '../../compiler/map/rules.js';
import { resolveMcp, resolveWit } from '../../compiler/map/shapes.js';

describe('codec emitters follow the rule table', () => {
  it('has an emitter for every type rule on each of the three paths, and none for anything else', () => {
    const ids = TYPE_RULES.map((r) => r.id).sort();
    for (const table of [VALUE_EMITTERS, TEXT_EMITTERS, TREE_EMITTERS]) expect(Object.keys(table).sort()).toEqual(ids);
    const slotIds = SLOT_RULES.map((r) => r.id).sort();
    for (const table of [VALUE_SLOT_EMITTERS, TEXT_SLOT_EMITTERS, TREE_SLOT_EMITTERS]) expect(Object.keys(table).sort()).toEqual(slotIds);
  });

  it('keeps the decision on every compared pair in the Mapping, the one the rule table gives', async () => {
    const { mcp, wit, mapping } = await codecInputs({ spec: '2025-06-18' });
    expect(mapping.pairs.length).toBeGreaterThan(50);
    expect(mapping.pairs.map((p) => p.key)).toEqual(mapping.pairs.map((p) => p.key).sort());
    const rules = new Set(mapping.pairs.map((p) => p.rule));
    expect([...rules].sort()).toEqual(expect.arrayContaining(['object-as-record', 'union-as-variant', 'enum']));
    // Every public WIT type's pair: the recorded decision is the rule table's.
    for (const t of mapping.types) {
      if (t.realization !== 'type' || !t.wit) continue;
      const def = Object.values(wit.types).find((d) => d.owner.package === wit.root && `${d.owner.interface ?? d.owner.world}.${d.name}` === t.wit);
      if (!def) continue;
      const witType = { kind: 'named', id: def.id } as const;
      const recorded = mapping.pairs.find((p) => p.key === pairKey(t.name, witType));
      expect(recorded, `${t.name} as ${t.wit}`).toBeDefined();
      expect(recorded?.rule).toBe(decideType(resolveMcp(mcp, { kind: 'ref', name: t.name }), resolveWit(wit, witType), { mcp, wit }).rule);
    }
  });

  it('reads a named pair from the recorded decisions, and decides an inline pair by the rule table', async () => {
    const { mcp, wit } = await codecInputs({ spec: '2025-06-18' });
    const m = resolveMcp(mcp, { kind: 'primitive', type: 'string' });
    const w = resolveWit(wit, { kind: 'primitive', name: 'string' });
    const decisions = new Decisions(mcp, wit, [{ key: 'K', mcp: 'X', wit: 'string', rule: 'kind-mismatch', verdict: 'lossy', reason: 'recorded' }]);
    expect(decisions.rule(m, w, 'K')).toBe('kind-mismatch');
    expect(decisions.rule(m, w)).toBe('string');
    // No rule covers a string in a stream: no emitter, every path writes its unsupported code.
    expect(decisions.rule(m, { kind: 'stream', names: [] })).toBeUndefined();
    // Slots: the checker's slot rules, either side possibly absent.
    const optionString = { kind: 'option', inner: { kind: 'primitive', name: 'string' } } as const;
    expect(decisions.slot({ name: 'a', type: { kind: 'primitive', type: 'string' }, required: false }, { name: 'a', type: optionString })).toBe('optional-as-option');
    expect(decisions.slot({ name: 'a', type: { kind: 'primitive', type: 'string' }, required: true }, { name: 'a', type: optionString })).toBe('required-as-option');
    expect(decisions.slot({ name: 'a', type: { kind: 'primitive', type: 'string' }, required: false }, undefined)).toBe('slot-missing');
    expect(decisions.slot({ name: 'type', type: { kind: 'const', value: 'text' }, required: true }, undefined)).toBe('const-implied');
    expect(decisions.slot(undefined, { name: 'a', type: optionString })).toBe('slot-extra');
  });
});

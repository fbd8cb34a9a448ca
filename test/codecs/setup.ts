// What the codec tests share: the models the codecs were generated from, and the generated library.
import { readFileSync } from 'node:fs';
import { loadCodecInputs, publicCodecTypes, type CodecInputs } from '../../compiler/emit/codecs/index.js';
import type { TypeDef } from '../../compiler/wit/model.js';
import * as C from '../../generated/2025-06-18/codecs/index.js';
import { McpArbitraries, WitArbitraries } from './arbitrary.js';

export { C };
export type AnyCodec = C.TypeCodec<unknown, unknown>;

export interface Fixture {
  inputs: CodecInputs;
  publicTypes: { name: string; def: TypeDef }[];
  schema: Record<string, unknown>;
  mcpArb: McpArbitraries;
  witArb: WitArbitraries;
  codec(name: string): AnyCodec;
}

let cached: Promise<Fixture> | undefined;

export function fixture(): Promise<Fixture> {
  cached ??= (async () => {
    const inputs = await loadCodecInputs({ spec: '2025-06-18' });
    const schema = JSON.parse(readFileSync(inputs.mcp.file, 'utf8')) as Record<string, unknown>;
    return {
      inputs,
      publicTypes: publicCodecTypes(inputs),
      schema,
      mcpArb: new McpArbitraries(inputs.mcp, schema),
      witArb: new WitArbitraries(inputs.wit),
      codec: (name: string) => (C.types as unknown as Record<string, AnyCodec>)[name] as AnyCodec,
    };
  })();
  return cached;
}

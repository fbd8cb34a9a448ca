// The manifest validator is compiled ahead of time from wit/mcp-mapping.schema.json; it must stay in
// step with the schema (`UPDATE_GOLDEN=1 npm test` regenerates it).
import { describe, it } from 'vitest';
import { manifestValidatorSource } from '../../compiler/map/manifest.js';
import { expectGolden } from '../golden.js';

describe('the compiled manifest validator', () => {
  it('matches wit/mcp-mapping.schema.json', () => {
    expectGolden('compiler/map/manifest-validator.ts', manifestValidatorSource());
  });
});

// A strict consumer of the compiler's library entry: check the package's own proposal against an
// MCP schema file given by path (offline: nothing is downloaded), and read the coverage.
import { check, checkInputs, closeJco, proposalWitDir } from 'wasi-mcp-compiler';

const schema = process.env.CONSUMER_SCHEMA;
const spec = process.env.CONSUMER_SPEC;
if (!schema || !spec) throw new Error('set CONSUMER_SCHEMA and CONSUMER_SPEC');
try {
  const inputs = await checkInputs({ schema, spec, wit: proposalWitDir('p2') });
  const { report } = check(inputs);
  const types: number = report.summary.types.total;
  if (report.summary.types.missing !== 0) throw new Error(`${report.summary.types.missing} types missing`);
  console.log(`pipeline ok: MCP ${report.spec}, ${types} types, none missing`);
} finally {
  closeJco();
}

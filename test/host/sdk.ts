// The SDK names the host tests use, from one place.
export { ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';

// The SDK names the host tests use, from one place.
export { Client } from '@modelcontextprotocol/sdk/client/index.js';
export {
  CallToolResultSchema,
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ListRootsRequestSchema,
  McpError,
  type CreateMessageRequest,
} from '@modelcontextprotocol/sdk/types.js';

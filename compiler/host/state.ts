// The MCP version `serve` hosts components for: the proposal's (`wasi:mcp@0.2.0-preview2`).
// Clients of 2025-11-25 and 2025-06-18 are served through a LegacyEndpoint (wire/contract.ts).
export const PROTOCOL_VERSION = '2026-07-28';

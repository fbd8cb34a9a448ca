// world wasi:mcp/mcp-proxy@0.1.0-preview2
export type * as WasiMcpClient010Preview2 from './interfaces/wasi-mcp-client.js'; // import wasi:mcp/client@0.1.0-preview2
export type * as WasiMcpRuntime010Preview2 from './interfaces/wasi-mcp-runtime.js'; // import wasi:mcp/runtime@0.1.0-preview2
export type * as WasiMcpTypes010Preview2 from './interfaces/wasi-mcp-types.js'; // import wasi:mcp/types@0.1.0-preview2
export * as handlers from './interfaces/wasi-mcp-handlers.js'; // export wasi:mcp/handlers@0.1.0-preview2
export * as clientHandlers from './interfaces/wasi-mcp-client-handlers.js'; // export wasi:mcp/client-handlers@0.1.0-preview2

// world wasi:mcp/mcp-proxy@0.2.0-preview2
export type * as WasiMcpClient020Preview2 from './interfaces/wasi-mcp-client.js'; // import wasi:mcp/client@0.2.0-preview2
export type * as WasiMcpRuntime020Preview2 from './interfaces/wasi-mcp-runtime.js'; // import wasi:mcp/runtime@0.2.0-preview2
export type * as WasiMcpTypes020Preview2 from './interfaces/wasi-mcp-types.js'; // import wasi:mcp/types@0.2.0-preview2
export * as handlers from './interfaces/wasi-mcp-handlers.js'; // export wasi:mcp/handlers@0.2.0-preview2
export * as clientHandlers from './interfaces/wasi-mcp-client-handlers.js'; // export wasi:mcp/client-handlers@0.2.0-preview2

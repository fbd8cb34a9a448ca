// The reference host for wasi:mcp@0.2.0-preview2 components: `wasi-mcp serve` and `startHost`.
export { registerServeCommand } from './cli.js';
export { startHost, HOSTED_PACKAGE, DEFAULT_PAGE_SIZE, DEFAULT_REQUEST_TIMEOUT_MS, type HostOptions, type RunningHost } from './host.js';
export { PROTOCOL_VERSION } from './state.js';
export type * from './wire/contract.js';

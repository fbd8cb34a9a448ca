// The mapping stage's public face: McpModel + WitModel (+ manifest) -> Mapping.
export { buildMapping, relPath } from './map.js';
export { manifestBeside, type Manifest } from './manifest.js';
export { CheckerError } from './shapes.js';
export * from './types.js';

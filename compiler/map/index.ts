// The mapping stage's public face: McpModel + WitModel (+ manifest) -> Mapping.
export { buildMapping, relPath } from './map.js';
export type { MapOptions } from './context.js';
export { loadManifest, manifestBeside, validateManifest, manifestSchemaPath, type Manifest } from './manifest.js';
export { RULES, REALIZATION_CHECKS, type Rule } from './rules.js';
export { CheckerError } from './shapes.js';
export { kebab, lowerCamel, upperCamel, fieldName, typeName, caseName, functionName } from './names.js';
export * from './types.js';

/** @module Interface wasi:mcp/capabilities@0.1.0-preview2 **/
export type Json = import('./wasi-mcp-types.js').Json;
/**
 * Describes the name and version of an MCP implementation, with an optional title for UI representation.
 */
export interface Implementation {
  /**
   * Intended for programmatic or logical use, but used as a display name in past specs or fallback (if title isn't present).
   */
  name: string,
  /**
   * Intended for UI and end-user contexts — optimized to be human-readable and easily understood,
   * even by those unfamiliar with domain-specific terminology.
   * 
   * If not provided, the name should be used for display (except for Tool,
   * where `annotations.title` should be given precedence over using `name`,
   * if present).
   */
  title?: string,
  version: string,
}
/**
 * Present if the client supports listing roots.
 * 
 * The inline object at `ClientCapabilities.roots`.
 */
export interface ClientCapabilitiesRoots {
  /**
   * Whether the client supports notifications for changes to the roots list.
   */
  listChanged?: boolean,
}
/**
 * Capabilities a client may support. Known capabilities are defined here, in this schema, but this is not a closed set: any client can define its own, additional capabilities.
 */
export interface ClientCapabilities {
  /**
   * Present if the client supports elicitation from the server.
   */
  elicitation?: Json,
  /**
   * Experimental, non-standard capabilities that the client supports.
   */
  experimental?: Json,
  /**
   * Present if the client supports listing roots.
   */
  roots?: ClientCapabilitiesRoots,
  /**
   * Present if the client supports sampling from an LLM.
   */
  sampling?: Json,
}
/**
 * Present if the server offers any prompt templates.
 * 
 * The inline object at `ServerCapabilities.prompts`.
 */
export interface ServerCapabilitiesPrompts {
  /**
   * Whether this server supports notifications for changes to the prompt list.
   */
  listChanged?: boolean,
}
/**
 * Present if the server offers any resources to read.
 * 
 * The inline object at `ServerCapabilities.resources`.
 */
export interface ServerCapabilitiesResources {
  /**
   * Whether this server supports notifications for changes to the resource list.
   */
  listChanged?: boolean,
  /**
   * Whether this server supports subscribing to resource updates.
   */
  subscribe?: boolean,
}
/**
 * Present if the server offers any tools to call.
 * 
 * The inline object at `ServerCapabilities.tools`.
 */
export interface ServerCapabilitiesTools {
  /**
   * Whether this server supports notifications for changes to the tool list.
   */
  listChanged?: boolean,
}
/**
 * Capabilities that a server may support. Known capabilities are defined here, in this schema, but this is not a closed set: any server can define its own, additional capabilities.
 */
export interface ServerCapabilities {
  /**
   * Present if the server supports argument autocompletion suggestions.
   */
  completions?: Json,
  /**
   * Experimental, non-standard capabilities that the server supports.
   */
  experimental?: Json,
  /**
   * Present if the server supports sending log messages to the client.
   */
  logging?: Json,
  /**
   * Present if the server offers any prompt templates.
   */
  prompts?: ServerCapabilitiesPrompts,
  /**
   * Present if the server offers any resources to read.
   */
  resources?: ServerCapabilitiesResources,
  /**
   * Present if the server offers any tools to call.
   */
  tools?: ServerCapabilitiesTools,
}
/**
 * After receiving an initialize request from the client, the server sends this response.
 */
export interface InitializeResult {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  capabilities: ServerCapabilities,
  /**
   * Instructions describing how to use the server and its features.
   * 
   * This can be used by clients to improve the LLM's understanding of available tools, resources, etc. It can be thought of like a "hint" to the model. For example, this information MAY be added to the system prompt.
   */
  instructions?: string,
  /**
   * The version of the Model Context Protocol that the server wants to use. This may not match the version that the client requested. If the client cannot support this version, it MUST disconnect.
   */
  protocolVersion: string,
  serverInfo: Implementation,
}

/** @module Interface wasi:mcp/client@0.1.0-preview2 **/
/**
 * Used by the client to invoke a tool provided by the server.
 * 
 * Sends the MCP request `tools/call` (client-to-server).
 */
export function callTool(meta: CallToolRequestParamsMeta | undefined, arguments: Json | undefined, name: string): CallToolResult;
/**
 * This notification can be sent by either side to indicate that it is cancelling a previously-issued request.
 * 
 * The request SHOULD still be in-flight, but due to communication latency, it is always possible that this notification MAY arrive after the request has already finished.
 * 
 * This notification indicates that the result will be unused, so any associated processing SHOULD cease.
 * 
 * A client MUST NOT attempt to cancel its `initialize` request.
 * 
 * Sends the MCP notification `notifications/cancelled` (client-to-server; it also travels the other way).
 */
export function cancelled(meta: Json | undefined, reason: string | undefined, requestId: RequestId): void;
/**
 * A request from the client to the server, to ask for completion options.
 * 
 * Sends the MCP request `completion/complete` (client-to-server).
 */
export function complete(meta: CompleteRequestParamsMeta | undefined, argument: CompleteRequestParamsArgument, ref: CompleteRequestParamsRef): CompleteResult;
/**
 * Used by the client to get a prompt provided by the server.
 * 
 * Sends the MCP request `prompts/get` (client-to-server).
 */
export function getPrompt(meta: GetPromptRequestParamsMeta | undefined, arguments: Array<[string, string]> | undefined, name: string): GetPromptResult;
/**
 * This request is sent from the client to the server when it first connects, asking it to begin initialization.
 * 
 * Sends the MCP request `initialize` (client-to-server).
 */
export function initialize(meta: InitializeRequestParamsMeta | undefined, capabilities: ClientCapabilities, clientInfo: Implementation, protocolVersion: string): InitializeResult;
/**
 * This notification is sent from the client to the server after initialization has finished.
 * 
 * Sends the MCP notification `notifications/initialized` (client-to-server).
 */
export function initialized(meta: Json | undefined): void;
/**
 * Sent from the client to request a list of prompts and prompt templates the server has.
 * 
 * Sends the MCP request `prompts/list` (client-to-server).
 */
export function listPrompts(meta: ListPromptsRequestParamsMeta | undefined, cursor: string | undefined): ListPromptsResult;
/**
 * Sent from the client to request a list of resource templates the server has.
 * 
 * Sends the MCP request `resources/templates/list` (client-to-server).
 */
export function listResourceTemplates(meta: ListResourceTemplatesRequestParamsMeta | undefined, cursor: string | undefined): ListResourceTemplatesResult;
/**
 * Sent from the client to request a list of resources the server has.
 * 
 * Sends the MCP request `resources/list` (client-to-server).
 */
export function listResources(meta: ListResourcesRequestParamsMeta | undefined, cursor: string | undefined): ListResourcesResult;
/**
 * Sent from the client to request a list of tools the server has.
 * 
 * Sends the MCP request `tools/list` (client-to-server).
 */
export function listTools(meta: ListToolsRequestParamsMeta | undefined, cursor: string | undefined): ListToolsResult;
/**
 * A ping, issued by either the server or the client, to check that the other party is still alive. The receiver must promptly respond, or else may be disconnected.
 * 
 * Sends the MCP request `ping` (client-to-server; it also travels the other way).
 */
export function ping(meta: PingRequestParamsMeta | undefined): EmptyResult;
/**
 * An out-of-band notification used to inform the receiver of a progress update for a long-running request.
 * 
 * Sends the MCP notification `notifications/progress` (client-to-server; it also travels the other way).
 */
export function progress(meta: Json | undefined, message: string | undefined, progress: number, progressToken: ProgressToken, total: number | undefined): void;
/**
 * Sent from the client to the server, to read a specific resource URI.
 * 
 * Sends the MCP request `resources/read` (client-to-server).
 */
export function readResource(meta: ReadResourceRequestParamsMeta | undefined, uri: string): ReadResourceResult;
/**
 * A notification from the client to the server, informing it that the list of roots has changed.
 * This notification should be sent whenever the client adds, removes, or modifies any root.
 * The server should then request an updated list of roots using the ListRootsRequest.
 * 
 * Sends the MCP notification `notifications/roots/list_changed` (client-to-server).
 */
export function rootsListChanged(meta: Json | undefined): void;
/**
 * A request from the client to the server, to enable or adjust logging.
 * 
 * Sends the MCP request `logging/setLevel` (client-to-server).
 */
export function setLevel(meta: SetLevelRequestParamsMeta | undefined, level: LoggingLevel): EmptyResult;
/**
 * Sent from the client to request resources/updated notifications from the server whenever a particular resource changes.
 * 
 * Sends the MCP request `resources/subscribe` (client-to-server).
 */
export function subscribe(meta: SubscribeRequestParamsMeta | undefined, uri: string): EmptyResult;
/**
 * Sent from the client to request cancellation of resources/updated notifications from the server. This should follow a previous resources/subscribe request.
 * 
 * Sends the MCP request `resources/unsubscribe` (client-to-server).
 */
export function unsubscribe(meta: UnsubscribeRequestParamsMeta | undefined, uri: string): EmptyResult;
export type CallToolRequestParamsMeta = import('./wasi-mcp-types.js').CallToolRequestParamsMeta;
export type CallToolResult = import('./wasi-mcp-types.js').CallToolResult;
export type ClientCapabilities = import('./wasi-mcp-types.js').ClientCapabilities;
export type CompleteRequestParamsArgument = import('./wasi-mcp-types.js').CompleteRequestParamsArgument;
export type CompleteRequestParamsMeta = import('./wasi-mcp-types.js').CompleteRequestParamsMeta;
export type CompleteRequestParamsRef = import('./wasi-mcp-types.js').CompleteRequestParamsRef;
export type CompleteResult = import('./wasi-mcp-types.js').CompleteResult;
export type EmptyResult = import('./wasi-mcp-types.js').Json;
export type Error = import('./wasi-mcp-types.js').Error;
export type GetPromptRequestParamsMeta = import('./wasi-mcp-types.js').GetPromptRequestParamsMeta;
export type GetPromptResult = import('./wasi-mcp-types.js').GetPromptResult;
export type Implementation = import('./wasi-mcp-types.js').Implementation;
export type InitializeRequestParamsMeta = import('./wasi-mcp-types.js').InitializeRequestParamsMeta;
export type InitializeResult = import('./wasi-mcp-types.js').InitializeResult;
export type Json = import('./wasi-mcp-types.js').Json;
export type ListPromptsRequestParamsMeta = import('./wasi-mcp-types.js').ListPromptsRequestParamsMeta;
export type ListPromptsResult = import('./wasi-mcp-types.js').ListPromptsResult;
export type ListResourceTemplatesRequestParamsMeta = import('./wasi-mcp-types.js').ListResourceTemplatesRequestParamsMeta;
export type ListResourceTemplatesResult = import('./wasi-mcp-types.js').ListResourceTemplatesResult;
export type ListResourcesRequestParamsMeta = import('./wasi-mcp-types.js').ListResourcesRequestParamsMeta;
export type ListResourcesResult = import('./wasi-mcp-types.js').ListResourcesResult;
export type ListToolsRequestParamsMeta = import('./wasi-mcp-types.js').ListToolsRequestParamsMeta;
export type ListToolsResult = import('./wasi-mcp-types.js').ListToolsResult;
export type LoggingLevel = import('./wasi-mcp-types.js').LoggingLevel;
export type PingRequestParamsMeta = import('./wasi-mcp-types.js').PingRequestParamsMeta;
export type ProgressToken = import('./wasi-mcp-types.js').ProgressToken;
export type ReadResourceRequestParamsMeta = import('./wasi-mcp-types.js').ReadResourceRequestParamsMeta;
export type ReadResourceResult = import('./wasi-mcp-types.js').ReadResourceResult;
export type RequestId = import('./wasi-mcp-types.js').RequestId;
export type SetLevelRequestParamsMeta = import('./wasi-mcp-types.js').SetLevelRequestParamsMeta;
export type SubscribeRequestParamsMeta = import('./wasi-mcp-types.js').SubscribeRequestParamsMeta;
export type UnsubscribeRequestParamsMeta = import('./wasi-mcp-types.js').UnsubscribeRequestParamsMeta;

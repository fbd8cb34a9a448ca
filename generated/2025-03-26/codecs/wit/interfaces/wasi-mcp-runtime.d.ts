/** @module Interface wasi:mcp/runtime@0.1.0-preview2 **/
/**
 * This notification can be sent by either side to indicate that it is cancelling a previously-issued request.
 * 
 * The request SHOULD still be in-flight, but due to communication latency, it is always possible that this notification MAY arrive after the request has already finished.
 * 
 * This notification indicates that the result will be unused, so any associated processing SHOULD cease.
 * 
 * A client MUST NOT attempt to cancel its `initialize` request.
 * 
 * Sends the MCP notification `notifications/cancelled` (server-to-client; it also travels the other way).
 */
export function cancelled(meta: Json | undefined, reason: string | undefined, requestId: RequestId): void;
/**
 * A request from the server to sample an LLM via the client. The client has full discretion over which model to select. The client should also inform the user before beginning sampling, to allow them to inspect the request (human in the loop) and decide whether to approve it.
 * 
 * Sends the MCP request `sampling/createMessage` (server-to-client).
 */
export function createMessage(meta: CreateMessageRequestParamsMeta | undefined, includeContext: CreateMessageRequestParamsIncludeContext | undefined, maxTokens: bigint, messages: Array<SamplingMessage>, metadata: Json | undefined, modelPreferences: ModelPreferences | undefined, stopSequences: Array<string> | undefined, systemPrompt: string | undefined, temperature: number | undefined): CreateMessageResult;
/**
 * Sent from the server to request a list of root URIs from the client. Roots allow
 * servers to ask for specific directories or files to operate on. A common example
 * for roots is providing a set of repositories or directories a server should operate
 * on.
 * 
 * This request is typically used when the server needs to understand the file system
 * structure or access specific locations that the client has permission to read from.
 * 
 * Sends the MCP request `roots/list` (server-to-client).
 */
export function listRoots(meta: ListRootsRequestParamsMeta | undefined): ListRootsResult;
/**
 * Notification of a log message passed from server to client. If no logging/setLevel request has been sent from the client, the server MAY decide which messages to send automatically.
 * 
 * Sends the MCP notification `notifications/message` (server-to-client).
 */
export function loggingMessage(meta: Json | undefined, data: Json, level: LoggingLevel, logger: string | undefined): void;
/**
 * A ping, issued by either the server or the client, to check that the other party is still alive. The receiver must promptly respond, or else may be disconnected.
 * 
 * Sends the MCP request `ping` (server-to-client; it also travels the other way).
 */
export function ping(meta: PingRequestParamsMeta | undefined): EmptyResult;
/**
 * An out-of-band notification used to inform the receiver of a progress update for a long-running request.
 * 
 * Sends the MCP notification `notifications/progress` (server-to-client; it also travels the other way).
 */
export function progress(meta: Json | undefined, message: string | undefined, progress: number, progressToken: ProgressToken, total: number | undefined): void;
/**
 * An optional notification from the server to the client, informing it that the list of prompts it offers has changed. This may be issued by servers without any previous subscription from the client.
 * 
 * Sends the MCP notification `notifications/prompts/list_changed` (server-to-client).
 */
export function promptListChanged(meta: Json | undefined): void;
/**
 * An optional notification from the server to the client, informing it that the list of resources it can read from has changed. This may be issued by servers without any previous subscription from the client.
 * 
 * Sends the MCP notification `notifications/resources/list_changed` (server-to-client).
 */
export function resourceListChanged(meta: Json | undefined): void;
/**
 * A notification from the server to the client, informing it that a resource has changed and may need to be read again. This should only be sent if the client previously sent a resources/subscribe request.
 * 
 * Sends the MCP notification `notifications/resources/updated` (server-to-client).
 */
export function resourceUpdated(meta: Json | undefined, uri: string): void;
/**
 * An optional notification from the server to the client, informing it that the list of tools it offers has changed. This may be issued by servers without any previous subscription from the client.
 * 
 * Sends the MCP notification `notifications/tools/list_changed` (server-to-client).
 */
export function toolListChanged(meta: Json | undefined): void;
export type CreateMessageRequestParamsIncludeContext = import('./wasi-mcp-types.js').CreateMessageRequestParamsIncludeContext;
export type CreateMessageRequestParamsMeta = import('./wasi-mcp-types.js').CreateMessageRequestParamsMeta;
export type CreateMessageResult = import('./wasi-mcp-types.js').CreateMessageResult;
export type EmptyResult = import('./wasi-mcp-types.js').Json;
export type Error = import('./wasi-mcp-types.js').Error;
export type Json = import('./wasi-mcp-types.js').Json;
export type ListRootsRequestParamsMeta = import('./wasi-mcp-types.js').ListRootsRequestParamsMeta;
export type ListRootsResult = import('./wasi-mcp-types.js').ListRootsResult;
export type LoggingLevel = import('./wasi-mcp-types.js').LoggingLevel;
export type ModelPreferences = import('./wasi-mcp-types.js').ModelPreferences;
export type PingRequestParamsMeta = import('./wasi-mcp-types.js').PingRequestParamsMeta;
export type ProgressToken = import('./wasi-mcp-types.js').ProgressToken;
export type RequestId = import('./wasi-mcp-types.js').RequestId;
export type SamplingMessage = import('./wasi-mcp-types.js').SamplingMessage;

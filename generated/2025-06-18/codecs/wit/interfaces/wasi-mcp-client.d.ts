/** @module Interface wasi:mcp/client@0.1.0-preview2 **/
/**
 * This request is sent from the client to the server when it first connects, asking it to
 * begin initialization.
 * 
 * Sends `initialize`; completes with the server's `InitializeResult`. The host sends
 * `notifications/initialized` after it succeeds. Fails with `invalid-request` if the
 * session is already initialized.
 * 
 * - `protocol-version`: The latest version of the Model Context Protocol that the client
 *   supports. The client MAY decide to support older versions as well.
 * - `capabilities`: the client's capabilities; the component must export the
 *   `client-handlers` that back them (`create-message` for `sampling`, and so on).
 * - `client-info`: the client's name and version.
 */
export function initialize(protocolVersion: string, capabilities: ClientCapabilities, clientInfo: Implementation): InitializeResult;
/**
 * Sent from the client to request a list of resources the server has.
 * 
 * Sends `resources/list`.
 * 
 * - `cursor`: An opaque token representing the current pagination position. If provided,
 *   the server should return results starting after this cursor.
 */
export function listResources(cursor: Cursor | undefined): ListResourcesResult;
/**
 * Sent from the client to request a list of resource templates the server has.
 * 
 * Sends `resources/templates/list`.
 * 
 * - `cursor`: An opaque token representing the current pagination position. If provided,
 *   the server should return results starting after this cursor.
 */
export function listResourceTemplates(cursor: Cursor | undefined): ListResourceTemplatesResult;
/**
 * Sent from the client to the server, to read a specific resource URI.
 * 
 * Sends `resources/read`.
 * 
 * - `uri`: The URI of the resource to read. The URI can use any protocol; it is up to the
 *   server how to interpret it.
 */
export function readResource(uri: string): ReadResourceResult;
/**
 * Sent from the client to request resources/updated notifications from the server whenever
 * a particular resource changes.
 * 
 * Sends `resources/subscribe`; updates arrive at `client-handlers.resource-updated`.
 * 
 * - `uri`: The URI of the resource to subscribe to. The URI can use any protocol; it is up
 *   to the server how to interpret it.
 */
export function subscribe(uri: string): void;
/**
 * Sent from the client to request cancellation of resources/updated notifications from the
 * server. This should follow a previous resources/subscribe request.
 * 
 * Sends `resources/unsubscribe`.
 * 
 * - `uri`: The URI of the resource to unsubscribe from.
 */
export function unsubscribe(uri: string): void;
/**
 * Sent from the client to request a list of prompts and prompt templates the server has.
 * 
 * Sends `prompts/list`.
 * 
 * - `cursor`: An opaque token representing the current pagination position. If provided,
 *   the server should return results starting after this cursor.
 */
export function listPrompts(cursor: Cursor | undefined): ListPromptsResult;
/**
 * Used by the client to get a prompt provided by the server.
 * 
 * Sends `prompts/get`.
 * 
 * - `name`: The name of the prompt or prompt template.
 * - `arguments`: Arguments to use for templating the prompt.
 */
export function getPrompt(name: string, arguments: Array<[string, string]> | undefined): GetPromptResult;
/**
 * Sent from the client to request a list of tools the server has.
 * 
 * Sends `tools/list`.
 * 
 * - `cursor`: An opaque token representing the current pagination position. If provided,
 *   the server should return results starting after this cursor.
 */
export function listTools(cursor: Cursor | undefined): ListToolsResult;
/**
 * Used by the client to invoke a tool provided by the server.
 * 
 * Sends `tools/call`.
 * 
 * - `name`: the name of the tool.
 * - `arguments`: the arguments, a JSON object.
 */
export function callTool(name: string, arguments: Json | undefined): CallToolResult;
/**
 * A request from the client to the server, to enable or adjust logging.
 * 
 * Sends `logging/setLevel`; log messages arrive at `client-handlers.logging-message`.
 * 
 * - `level`: The level of logging that the client wants to receive from the server. The
 *   server should send all logs at this level and higher (i.e., more severe) to the client
 *   as notifications/message.
 */
export function setLevel(level: LoggingLevel): void;
/**
 * A request from the client to the server, to ask for completion options.
 * 
 * Sends `completion/complete`.
 * 
 * - `ref`: the prompt or resource template whose argument is completed.
 * - `argument`: The argument's information.
 * - `context`: Additional, optional context for completions.
 */
export function complete(ref: CompleteRequestParamsRef, argument: CompleteRequestParamsArgument, context: CompleteRequestParamsContext | undefined): CompleteResult;
/**
 * The progress token of the request the component is handling (one of the
 * `client-handlers`), if the server asked for progress (`_meta.progressToken`).
 * 
 * The 2025-06-18 schema declares `_meta` only in the params of `ping` and `roots/list`;
 * a handler that wants to report progress reads its token here and passes it to
 * `progress`. Returns `none` outside a handler call.
 */
export function currentProgressToken(): ProgressToken | undefined;
/**
 * An out-of-band notification used to inform the receiver of a progress update for a
 * long-running request.
 * 
 * Sends `notifications/progress` to the server, for a request the server sent.
 * 
 * - `progress-token`: The progress token which was given in the initial request, used to
 *   associate this notification with the request that is proceeding.
 * - `progress`: The progress thus far. This should increase every time progress is made,
 *   even if the total is unknown.
 * - `total`: Total number of items to process (or total progress required), if known.
 * - `message`: An optional message describing the current progress.
 */
export function progress(progressToken: ProgressToken, progress: number, total: number | undefined, message: string | undefined): void;
/**
 * A notification from the client to the server, informing it that the list of roots has
 * changed. This notification should be sent whenever the client adds, removes, or modifies
 * any root. The server should then request an updated list of roots using the
 * ListRootsRequest.
 * 
 * Sends `notifications/roots/list_changed`; `meta` is the params' `_meta`.
 */
export function rootsListChanged(meta: Json | undefined): void;
export type Json = import('./wasi-mcp-types.js').Json;
export type Error = import('./wasi-mcp-types.js').Error;
export type Cursor = import('./wasi-mcp-types.js').Cursor;
export type ProgressToken = import('./wasi-mcp-types.js').ProgressToken;
export type LoggingLevel = import('./wasi-mcp-types.js').LoggingLevel;
export type ListResourcesResult = import('./wasi-mcp-types.js').ListResourcesResult;
export type ListResourceTemplatesResult = import('./wasi-mcp-types.js').ListResourceTemplatesResult;
export type ListPromptsResult = import('./wasi-mcp-types.js').ListPromptsResult;
export type ListToolsResult = import('./wasi-mcp-types.js').ListToolsResult;
export type CompleteRequestParamsRef = import('./wasi-mcp-types.js').CompleteRequestParamsRef;
export type CompleteRequestParamsArgument = import('./wasi-mcp-types.js').CompleteRequestParamsArgument;
export type CompleteRequestParamsContext = import('./wasi-mcp-types.js').CompleteRequestParamsContext;
export type CompleteResult = import('./wasi-mcp-types.js').CompleteResult;
export type Implementation = import('./wasi-mcp-capabilities.js').Implementation;
export type ClientCapabilities = import('./wasi-mcp-capabilities.js').ClientCapabilities;
export type InitializeResult = import('./wasi-mcp-capabilities.js').InitializeResult;
export type ReadResourceResult = import('./wasi-mcp-content.js').ReadResourceResult;
export type GetPromptResult = import('./wasi-mcp-content.js').GetPromptResult;
export type CallToolResult = import('./wasi-mcp-content.js').CallToolResult;

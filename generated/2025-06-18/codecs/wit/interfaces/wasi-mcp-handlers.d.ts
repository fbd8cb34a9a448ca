/** @module Interface wasi:mcp/handlers@0.1.0-preview2 **/
/**
 * The component's entry point, called once by the host before any other handler.
 * 
 * The component calls `runtime.register-server` and the other `register-*` functions,
 * then `runtime.serve`, and returns; the host starts serving when `start` returns `ok`.
 * An `err` aborts the server.
 */
export function start(): void;
/**
 * Used by the client to invoke a tool provided by the server.
 * 
 * Handles `tools/call` for a registered tool.
 * 
 * - `name`: the name of the tool, one registered with `runtime.register-tools`.
 * - `arguments`: the arguments, a JSON object (validating them against the tool's input
 *   schema is the component's task).
 * 
 * Errors that originate from the tool are reported in the result with `is-error` set; an
 * `err` is an exceptional condition (the tool cannot be found, the call is malformed).
 */
export function callTool(name: string, arguments: Json | undefined): CallToolResult;
/**
 * Sent from the client to the server, to read a specific resource URI.
 * 
 * Handles `resources/read`, for a registered resource or a URI that may match a registered
 * template. Fails with `resource-not-found` for a URI the server does not know.
 * 
 * - `uri`: The URI of the resource to read. The URI can use any protocol; it is up to the
 *   server how to interpret it.
 */
export function readResource(uri: string): ReadResourceResult;
/**
 * Used by the client to get a prompt provided by the server.
 * 
 * Handles `prompts/get` for a registered prompt.
 * 
 * - `name`: The name of the prompt or prompt template.
 * - `arguments`: Arguments to use for templating the prompt.
 */
export function getPrompt(name: string, arguments: Array<[string, string]> | undefined): GetPromptResult;
/**
 * Sent from the client to request resources/updated notifications from the server whenever
 * a particular resource changes.
 * 
 * Handles `resources/subscribe` (only if the server declared `resources.subscribe`). The
 * host tracks subscriptions per session and calls this when the first session subscribes to
 * `uri`; the component then calls `runtime.resource-updated` when the resource changes.
 * 
 * - `uri`: The URI of the resource to subscribe to. The URI can use any protocol; it is up
 *   to the server how to interpret it.
 */
export function subscribe(uri: string): void;
/**
 * Sent from the client to request cancellation of resources/updated notifications from the
 * server. This should follow a previous resources/subscribe request.
 * 
 * Handles `resources/unsubscribe`. The host calls this when the last session subscribed to
 * `uri` unsubscribes or closes.
 * 
 * - `uri`: The URI of the resource to unsubscribe from.
 */
export function unsubscribe(uri: string): void;
/**
 * A request from the client to the server, to ask for completion options.
 * 
 * Handles `completion/complete` (only if the server declared `completions`).
 * 
 * - `ref`: the prompt or resource template whose argument is completed.
 * - `argument`: The argument's information.
 * - `context`: Additional, optional context for completions.
 */
export function complete(ref: CompleteRequestParamsRef, argument: CompleteRequestParamsArgument, context: CompleteRequestParamsContext | undefined): CompleteResult;
/**
 * A notification from the client to the server, informing it that the list of roots has
 * changed. This notification should be sent whenever the client adds, removes, or modifies
 * any root. The server should then request an updated list of roots using the
 * ListRootsRequest.
 * 
 * Handles `notifications/roots/list_changed`; `meta` is the params' `_meta`. The component
 * may call `runtime.list-roots` from here.
 */
export function rootsListChanged(meta: Json | undefined): void;
/**
 * An out-of-band notification used to inform the receiver of a progress update for a
 * long-running request.
 * 
 * Handles `notifications/progress` from the client, for a request the server sent with a
 * progress token (`runtime.list-roots`).
 * 
 * - `progress-token`: The progress token which was given in the initial request, used to
 *   associate this notification with the request that is proceeding.
 * - `progress`: The progress thus far. This should increase every time progress is made,
 *   even if the total is unknown.
 * - `total`: Total number of items to process (or total progress required), if known.
 * - `message`: An optional message describing the current progress.
 */
export function progress(progressToken: ProgressToken, progress: number, total: number | undefined, message: string | undefined): void;
export type Json = import('./wasi-mcp-types.js').Json;
export type Error = import('./wasi-mcp-types.js').Error;
export type ProgressToken = import('./wasi-mcp-types.js').ProgressToken;
export type CompleteRequestParamsRef = import('./wasi-mcp-types.js').CompleteRequestParamsRef;
export type CompleteRequestParamsArgument = import('./wasi-mcp-types.js').CompleteRequestParamsArgument;
export type CompleteRequestParamsContext = import('./wasi-mcp-types.js').CompleteRequestParamsContext;
export type CompleteResult = import('./wasi-mcp-types.js').CompleteResult;
export type CallToolResult = import('./wasi-mcp-content.js').CallToolResult;
export type ReadResourceResult = import('./wasi-mcp-content.js').ReadResourceResult;
export type GetPromptResult = import('./wasi-mcp-content.js').GetPromptResult;

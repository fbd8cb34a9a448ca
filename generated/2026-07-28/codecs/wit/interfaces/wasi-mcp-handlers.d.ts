/** @module Interface wasi:mcp/handlers@0.2.0-preview2 **/
/**
 * The component's entry point, called once by the host before any other handler.
 * 
 * The component calls `runtime.register-server` and the other `register-*` functions,
 * then calls `runtime.serve` (which returns at once in WASI 0.2) and returns. An `err`
 * aborts the server.
 */
export function start(): void;
/**
 * Used by the client to invoke a tool provided by the server.
 * 
 * Handles `tools/call` for a registered tool.
 * 
 * - `meta`: the request's context.
 * - `name`: the name of the tool, one registered with `runtime.register-tools`.
 * - `arguments`: the arguments, a JSON object (validating them against the tool's input
 *   schema is the component's task).
 * - `input-responses`, `request-state`: on a retry after an `input-required` outcome, the
 *   client's responses and the state the handler returned; `none` on a first call.
 * 
 * Errors that originate from the tool are reported in the result with `is-error` set; an
 * `err` is an exceptional condition (the tool cannot be found, the call is malformed).
 */
export function callTool(meta: RequestMetaObject, name: string, arguments: Json | undefined, inputResponses: InputResponses | undefined, requestState: string | undefined): CallToolOutcome;
/**
 * Sent from the client to the server, to read a specific resource URI.
 * 
 * Handles `resources/read`, for a registered resource or a URI that may match a registered
 * template. Fails with `invalid-params` (MCP 2026-07-28's code for a resource that does not
 * exist) for a URI the server does not know.
 * 
 * - `uri`: The URI of the resource to read. The URI can use any protocol; it is up to the
 *   server how to interpret it.
 * - `input-responses`, `request-state`: as for `call-tool`.
 */
export function readResource(meta: RequestMetaObject, uri: string, inputResponses: InputResponses | undefined, requestState: string | undefined): ReadResourceOutcome;
/**
 * Used by the client to get a prompt provided by the server.
 * 
 * Handles `prompts/get` for a registered prompt.
 * 
 * - `name`: The name of the prompt or prompt template.
 * - `arguments`: Arguments to use for templating the prompt.
 * - `input-responses`, `request-state`: as for `call-tool`.
 */
export function getPrompt(meta: RequestMetaObject, name: string, arguments: Array<[string, string]> | undefined, inputResponses: InputResponses | undefined, requestState: string | undefined): GetPromptOutcome;
/**
 * A request from the client to the server, to ask for completion options.
 * 
 * Handles `completion/complete` (only if the server declared `completions`).
 * 
 * - `ref`: the prompt or resource template whose argument is completed.
 * - `argument`: The argument's information.
 * - `context`: Additional, optional context for completions.
 */
export function complete(meta: RequestMetaObject, ref: CompleteRequestParamsRef, argument: CompleteRequestParamsArgument, context: CompleteRequestParamsContext | undefined): CompleteResult;
/**
 * A resource is now watched: the first open `subscriptions/listen` stream listing `uri` in
 * its `resource-subscriptions` was acknowledged.
 * 
 * The host runs the streams (MCP 2026-07-28 replaces `resources/subscribe` with them); the
 * component only learns which URIs someone watches, and calls `runtime.resource-updated`
 * when such a resource changes. An `err` (e.g. `invalid-params` for a URI the server does
 * not know) leaves `uri` out of the acknowledgement of the stream that asked for it.
 */
export function watchResource(uri: string): void;
/**
 * A resource is no longer watched: the last stream listing `uri` closed.
 */
export function unwatchResource(uri: string): void;
export type Json = import('./wasi-mcp-types.js').Json;
export type Error = import('./wasi-mcp-types.js').Error;
export type RequestMetaObject = import('./wasi-mcp-types.js').RequestMetaObject;
export type InputResponses = import('./wasi-mcp-types.js').InputResponses;
export type CallToolOutcome = import('./wasi-mcp-types.js').CallToolOutcome;
export type ReadResourceOutcome = import('./wasi-mcp-types.js').ReadResourceOutcome;
export type GetPromptOutcome = import('./wasi-mcp-types.js').GetPromptOutcome;
export type CompleteRequestParamsRef = import('./wasi-mcp-types.js').CompleteRequestParamsRef;
export type CompleteRequestParamsArgument = import('./wasi-mcp-types.js').CompleteRequestParamsArgument;
export type CompleteRequestParamsContext = import('./wasi-mcp-types.js').CompleteRequestParamsContext;
export type CompleteResult = import('./wasi-mcp-types.js').CompleteResult;

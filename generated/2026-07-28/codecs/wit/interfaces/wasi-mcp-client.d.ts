/** @module Interface wasi:mcp/client@0.2.0-preview2 **/
/**
 * Asks the server for its supported protocol versions, capabilities, identity and
 * instructions.
 * 
 * Sends `server/discover`.
 */
export function discover(meta: RequestMetaObject): DiscoverResult;
/**
 * Sends `resources/list`.
 * 
 * - `cursor`: An opaque token representing the current pagination position. If provided,
 *   the server should return results starting after this cursor.
 */
export function listResources(meta: RequestMetaObject, cursor: string | undefined): ListResourcesResult;
/**
 * Sends `resources/templates/list`.
 */
export function listResourceTemplates(meta: RequestMetaObject, cursor: string | undefined): ListResourceTemplatesResult;
/**
 * Sends `resources/read`.
 */
export function readResource(meta: RequestMetaObject, uri: string, inputResponses: InputResponses | undefined, requestState: string | undefined): ReadResourceOutcome;
/**
 * Sends `prompts/list`.
 */
export function listPrompts(meta: RequestMetaObject, cursor: string | undefined): ListPromptsResult;
/**
 * Sends `prompts/get`.
 */
export function getPrompt(meta: RequestMetaObject, name: string, arguments: Array<[string, string]> | undefined, inputResponses: InputResponses | undefined, requestState: string | undefined): GetPromptOutcome;
/**
 * Sends `tools/list`.
 */
export function listTools(meta: RequestMetaObject, cursor: string | undefined): ListToolsResult;
/**
 * Sends `tools/call`.
 */
export function callTool(meta: RequestMetaObject, name: string, arguments: Json | undefined, inputResponses: InputResponses | undefined, requestState: string | undefined): CallToolOutcome;
/**
 * Sends `completion/complete`.
 */
export function complete(meta: RequestMetaObject, ref: CompleteRequestParamsRef, argument: CompleteRequestParamsArgument, context: CompleteRequestParamsContext | undefined): CompleteResult;
/**
 * Opens a `subscriptions/listen` stream for the change notifications chosen in
 * `notifications`.
 * 
 * The server's acknowledgement and every notification on the stream reach the component's
 * `client-handlers` while the call blocks. Returns the server's result when the server ends
 * the subscription gracefully (a WASI 0.2 component cannot end it: it needs WASI 0.3).
 */
export function subscriptionsListen(meta: RequestMetaObject, notifications: SubscriptionFilter): SubscriptionsListenResult;
export type Json = import('./wasi-mcp-types.js').Json;
export type Error = import('./wasi-mcp-types.js').Error;
export type RequestMetaObject = import('./wasi-mcp-types.js').RequestMetaObject;
export type DiscoverResult = import('./wasi-mcp-types.js').DiscoverResult;
export type ListResourcesResult = import('./wasi-mcp-types.js').ListResourcesResult;
export type ListResourceTemplatesResult = import('./wasi-mcp-types.js').ListResourceTemplatesResult;
export type ListPromptsResult = import('./wasi-mcp-types.js').ListPromptsResult;
export type ListToolsResult = import('./wasi-mcp-types.js').ListToolsResult;
export type InputResponses = import('./wasi-mcp-types.js').InputResponses;
export type CallToolOutcome = import('./wasi-mcp-types.js').CallToolOutcome;
export type ReadResourceOutcome = import('./wasi-mcp-types.js').ReadResourceOutcome;
export type GetPromptOutcome = import('./wasi-mcp-types.js').GetPromptOutcome;
export type CompleteRequestParamsRef = import('./wasi-mcp-types.js').CompleteRequestParamsRef;
export type CompleteRequestParamsArgument = import('./wasi-mcp-types.js').CompleteRequestParamsArgument;
export type CompleteRequestParamsContext = import('./wasi-mcp-types.js').CompleteRequestParamsContext;
export type CompleteResult = import('./wasi-mcp-types.js').CompleteResult;
export type SubscriptionFilter = import('./wasi-mcp-types.js').SubscriptionFilter;
export type SubscriptionsListenResult = import('./wasi-mcp-types.js').SubscriptionsListenResult;

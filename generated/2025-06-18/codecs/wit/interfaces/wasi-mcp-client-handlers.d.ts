/** @module Interface wasi:mcp/client-handlers@0.1.0-preview2 **/
/**
 * A request from the server to sample an LLM via the client. The client has full discretion
 * over which model to select. The client should also inform the user before beginning
 * sampling, to allow them to inspect the request (human in the loop) and decide whether to
 * approve it.
 * 
 * Handles `sampling/createMessage`.
 */
export function createMessage(params: CreateMessageRequestParams): CreateMessageResult;
/**
 * A request from the server to elicit additional information from the user via the client.
 * 
 * Handles `elicitation/create`.
 * 
 * - `message`: The message to present to the user.
 * - `requested-schema`: A restricted subset of JSON Schema. Only top-level properties are
 *   allowed, without nesting.
 */
export function elicit(message: string, requestedSchema: ElicitRequestParamsRequestedSchema): ElicitResult;
/**
 * Sent from the server to request a list of root URIs from the client. Roots allow
 * servers to ask for specific directories or files to operate on. A common example
 * for roots is providing a set of repositories or directories a server should operate
 * on.
 * 
 * This request is typically used when the server needs to understand the file system
 * structure or access specific locations that the client has permission to read from.
 * 
 * Handles `roots/list`; `meta` is the request's `_meta`.
 */
export function listRoots(meta: ListRootsRequestParamsMeta | undefined): ListRootsResult;
/**
 * An out-of-band notification used to inform the receiver of a progress update for a
 * long-running request.
 * 
 * Handles `notifications/progress` from the server, for a request the client sent with a
 * progress token. The 2025-06-18 schema declares no `_meta` in the params of the client's
 * requests, so the `client` imports cannot set one; a host that attaches tokens of its own
 * delivers their progress here.
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
 * An optional notification from the server to the client, informing it that the list of
 * resources it can read from has changed. This may be issued by servers without any
 * previous subscription from the client.
 * 
 * Handles `notifications/resources/list_changed`; `meta` is the params' `_meta`.
 */
export function resourceListChanged(meta: Json | undefined): void;
/**
 * A notification from the server to the client, informing it that a resource has changed
 * and may need to be read again. This should only be sent if the client previously sent a
 * resources/subscribe request.
 * 
 * Handles `notifications/resources/updated`.
 * 
 * - `uri`: The URI of the resource that has been updated. This might be a sub-resource of
 *   the one that the client actually subscribed to.
 */
export function resourceUpdated(uri: string): void;
/**
 * An optional notification from the server to the client, informing it that the list of
 * prompts it offers has changed. This may be issued by servers without any previous
 * subscription from the client.
 * 
 * Handles `notifications/prompts/list_changed`; `meta` is the params' `_meta`.
 */
export function promptListChanged(meta: Json | undefined): void;
/**
 * An optional notification from the server to the client, informing it that the list of
 * tools it offers has changed. This may be issued by servers without any previous
 * subscription from the client.
 * 
 * Handles `notifications/tools/list_changed`; `meta` is the params' `_meta`.
 */
export function toolListChanged(meta: Json | undefined): void;
/**
 * Notification of a log message passed from server to client. If no logging/setLevel
 * request has been sent from the client, the server MAY decide which messages to send
 * automatically.
 * 
 * Handles `notifications/message`.
 * 
 * - `data`: The data to be logged, such as a string message or an object. Any JSON
 *   serializable type is allowed here.
 * - `level`: The severity of this log message.
 * - `logger`: An optional name of the logger issuing this message.
 */
export function loggingMessage(data: Json, level: LoggingLevel, logger: string | undefined): void;
export type Json = import('./wasi-mcp-types.js').Json;
export type Error = import('./wasi-mcp-types.js').Error;
export type ProgressToken = import('./wasi-mcp-types.js').ProgressToken;
export type LoggingLevel = import('./wasi-mcp-types.js').LoggingLevel;
export type ElicitRequestParamsRequestedSchema = import('./wasi-mcp-types.js').ElicitRequestParamsRequestedSchema;
export type ElicitResult = import('./wasi-mcp-types.js').ElicitResult;
export type ListRootsRequestParamsMeta = import('./wasi-mcp-types.js').ListRootsRequestParamsMeta;
export type ListRootsResult = import('./wasi-mcp-types.js').ListRootsResult;
export type CreateMessageRequestParams = import('./wasi-mcp-content.js').CreateMessageRequestParams;
export type CreateMessageResult = import('./wasi-mcp-content.js').CreateMessageResult;

/** @module Interface wasi:mcp/runtime@0.1.0-preview2 **/
/**
 * Registers the server's identity, capabilities and instructions: the host answers the
 * client's `initialize` request with them (`InitializeResult.serverInfo`, `capabilities`
 * and `instructions`). The protocol version is negotiated by the host.
 * 
 * Must be called before `serve`; a later call replaces the registration for sessions that
 * have not initialized yet. Fails with `invalid-params` if `capabilities` contains JSON that
 * is not well-formed.
 */
export function registerServer(serverInfo: Implementation, capabilities: ServerCapabilities, instructions: string | undefined): void;
/**
 * Registers the tools the server offers: the host answers `tools/list` with them, paging as
 * it sees fit, and routes `tools/call` for these names to `handlers.call-tool`.
 * 
 * Each call replaces the whole set. After a change while serving, call `tool-list-changed`
 * if the server declared `tools.list-changed`. Fails with `invalid-params` on a duplicate
 * name or a malformed schema.
 */
export function registerTools(tools: Array<Tool>): void;
/**
 * Registers the resources the server offers: the host answers `resources/list` with them.
 * `resources/read` is routed to `handlers.read-resource`.
 * 
 * Each call replaces the whole set; after a change while serving, call
 * `resource-list-changed`. Fails with `invalid-params` on a duplicate URI.
 */
export function registerResources(resources: Array<Resource>): void;
/**
 * Registers the resource templates the server offers: the host answers
 * `resources/templates/list` with them.
 * 
 * Each call replaces the whole set; after a change while serving, call
 * `resource-list-changed`. Fails with `invalid-params` on a duplicate URI template.
 */
export function registerResourceTemplates(resourceTemplates: Array<ResourceTemplate>): void;
/**
 * Registers the prompts the server offers: the host answers `prompts/list` with them and
 * routes `prompts/get` to `handlers.get-prompt`.
 * 
 * Each call replaces the whole set; after a change while serving, call
 * `prompt-list-changed`. Fails with `invalid-params` on a duplicate name.
 */
export function registerPrompts(prompts: Array<Prompt>): void;
/**
 * Declares the registrations complete: the host serves MCP sessions with them once
 * `handlers.start` returns, until it shuts the server down.
 * 
 * A WASI 0.2 component instance cannot be entered while one of its calls is blocked, so
 * unlike the WASI 0.3 `serve` this returns at once, and the host calls the exported
 * `handlers` one at a time after `start` returns. Fails with `invalid-request` if
 * `register-server` was never called or `serve` was already called.
 */
export function serve(): void;
/**
 * The progress token of the request the component is handling, if the requester asked
 * for progress (`_meta.progressToken`).
 * 
 * The 2025-06-18 schema declares `_meta` only in the params of `ping` and `roots/list`, so
 * the handlers do not receive it as a parameter; a handler that wants to report progress
 * reads its token here and passes it to `progress`. Returns `none` outside a handler call.
 */
export function currentProgressToken(): ProgressToken | undefined;
/**
 * A request from the server to sample an LLM via the client. The client has full discretion
 * over which model to select. The client should also inform the user before beginning
 * sampling, to allow them to inspect the request (human in the loop) and decide whether to
 * approve it.
 * 
 * Sends `sampling/createMessage`; completes with the client's `CreateMessageResult`. Fails
 * with `method-not-found` if the client did not declare `sampling`.
 */
export function createMessage(params: CreateMessageRequestParams): CreateMessageResult;
/**
 * A request from the server to elicit additional information from the user via the client.
 * 
 * Sends `elicitation/create`; completes with the client's `ElicitResult`. Fails with
 * `method-not-found` if the client did not declare `elicitation`.
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
 * Sends `roots/list`; `meta` is the request's `_meta` (its `progress-token` asks the client
 * for progress, delivered to `handlers.progress`). Fails with `method-not-found` if the
 * client did not declare `roots`.
 */
export function listRoots(meta: ListRootsRequestParamsMeta | undefined): ListRootsResult;
/**
 * An out-of-band notification used to inform the receiver of a progress update for a
 * long-running request.
 * 
 * Sends `notifications/progress` to the client.
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
 * Sends `notifications/resources/list_changed`; `meta` is the params' `_meta`.
 */
export function resourceListChanged(meta: Json | undefined): void;
/**
 * A notification from the server to the client, informing it that a resource has changed
 * and may need to be read again. This should only be sent if the client previously sent a
 * resources/subscribe request.
 * 
 * Sends `notifications/resources/updated`.
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
 * Sends `notifications/prompts/list_changed`; `meta` is the params' `_meta`.
 */
export function promptListChanged(meta: Json | undefined): void;
/**
 * An optional notification from the server to the client, informing it that the list of
 * tools it offers has changed. This may be issued by servers without any previous
 * subscription from the client.
 * 
 * Sends `notifications/tools/list_changed`; `meta` is the params' `_meta`.
 */
export function toolListChanged(meta: Json | undefined): void;
/**
 * Notification of a log message passed from server to client. If no logging/setLevel
 * request has been sent from the client, the server MAY decide which messages to send
 * automatically.
 * 
 * Sends `notifications/message`. The host drops, with `ok`, a message below the level the
 * client set with `logging/setLevel`.
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
export type Tool = import('./wasi-mcp-types.js').Tool;
export type Resource = import('./wasi-mcp-types.js').Resource;
export type ResourceTemplate = import('./wasi-mcp-types.js').ResourceTemplate;
export type Prompt = import('./wasi-mcp-types.js').Prompt;
export type ListRootsRequestParamsMeta = import('./wasi-mcp-types.js').ListRootsRequestParamsMeta;
export type ListRootsResult = import('./wasi-mcp-types.js').ListRootsResult;
export type ElicitRequestParamsRequestedSchema = import('./wasi-mcp-types.js').ElicitRequestParamsRequestedSchema;
export type ElicitResult = import('./wasi-mcp-types.js').ElicitResult;
export type Implementation = import('./wasi-mcp-capabilities.js').Implementation;
export type ServerCapabilities = import('./wasi-mcp-capabilities.js').ServerCapabilities;
export type CreateMessageRequestParams = import('./wasi-mcp-content.js').CreateMessageRequestParams;
export type CreateMessageResult = import('./wasi-mcp-content.js').CreateMessageResult;

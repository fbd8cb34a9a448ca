/** @module Interface wasi:mcp/runtime@0.2.0-preview2 **/
/**
 * Registers the server's identity, capabilities and instructions: the host answers
 * `server/discover` with them (`DiscoverResult.capabilities`, `instructions`,
 * `supportedVersions`, `ttlMs`, `cacheScope`) and names the server in the `_meta` of every
 * result it sends (`io.modelcontextprotocol/serverInfo`).
 * 
 * - `supported-versions`: the MCP versions the component is written for, newest first
 *   (`"2026-07-28"`); the host answers clients of versions it can translate to these
 *   (`wasi-mcp serve` also serves 2025-11-25 and 2025-06-18 clients), and refuses others
 *   with `unsupported-protocol-version`.
 * - `ttl-ms`, `cache-scope`: the cache hints of the `server/discover` result.
 * 
 * Must be called before `serve`; a later call replaces the registration. Fails with
 * `invalid-params` if `capabilities` contains JSON that is not well-formed or
 * `supported-versions` is empty.
 */
export function registerServer(serverInfo: Implementation, capabilities: ServerCapabilities, instructions: string | undefined, supportedVersions: Array<string>, ttlMs: bigint, cacheScope: CacheScope): void;
/**
 * Registers the tools the server offers: the host answers `tools/list` with them, in this
 * order (MCP asks for a deterministic order), paging as it sees fit, with the cache hints
 * `ttl-ms` and `cache-scope`; it routes `tools/call` for these names to
 * `handlers.call-tool`.
 * 
 * Each call replaces the whole set. After a change while serving, call `tool-list-changed`.
 * Fails with `invalid-params` on a duplicate name or a malformed schema.
 */
export function registerTools(tools: Array<Tool>, ttlMs: bigint, cacheScope: CacheScope): void;
/**
 * Registers the resources the server offers: the host answers `resources/list` with them,
 * with the cache hints `ttl-ms` and `cache-scope`. `resources/read` is routed to
 * `handlers.read-resource`.
 * 
 * Each call replaces the whole set; after a change while serving, call
 * `resource-list-changed`. Fails with `invalid-params` on a duplicate URI.
 */
export function registerResources(resources: Array<Resource>, ttlMs: bigint, cacheScope: CacheScope): void;
/**
 * Registers the resource templates the server offers: the host answers
 * `resources/templates/list` with them, with the cache hints `ttl-ms` and `cache-scope`.
 * 
 * Each call replaces the whole set; after a change while serving, call
 * `resource-list-changed`. Fails with `invalid-params` on a duplicate URI template.
 */
export function registerResourceTemplates(resourceTemplates: Array<ResourceTemplate>, ttlMs: bigint, cacheScope: CacheScope): void;
/**
 * Registers the prompts the server offers: the host answers `prompts/list` with them, with
 * the cache hints `ttl-ms` and `cache-scope`, and routes `prompts/get` to
 * `handlers.get-prompt`.
 * 
 * Each call replaces the whole set; after a change while serving, call
 * `prompt-list-changed`. Fails with `invalid-params` on a duplicate name.
 */
export function registerPrompts(prompts: Array<Prompt>, ttlMs: bigint, cacheScope: CacheScope): void;
/**
 * Declares the registrations complete: the host serves MCP requests with them once
 * `handlers.start` returns, until it shuts the server down.
 * 
 * A WASI 0.2 component instance cannot be entered while one of its calls is blocked, so
 * unlike the WASI 0.3 `serve` this returns at once, and the host calls the exported
 * `handlers` one at a time after `start` returns. Fails with `invalid-request` if
 * `register-server` was never called or `serve` was already called.
 */
export function serve(): void;
/**
 * An out-of-band notification used to inform the receiver of a progress update for a
 * long-running request.
 * 
 * Sends `notifications/progress` on the response stream of the request the calling task is
 * handling. `progress-token` must be that request's token (`request-meta.progress-token`):
 * otherwise, or outside a handler call, the call fails with `invalid-params`.
 * 
 * - `progress`: The progress thus far. This should increase every time progress is made,
 *   even if the total is unknown.
 * - `total`: Total number of items to process (or total progress required), if known.
 * - `message`: An optional message describing the current progress.
 * - `meta`: the notification's `_meta`; the host sets `subscription-id` itself (a value
 *   given here is refused with `invalid-params`), so a component leaves it `none`.
 */
export function progress(progressToken: ProgressToken, progress: number, total: number | undefined, message: string | undefined, meta: NotificationMetaObject | undefined): void;
/**
 * A log message from the server to the client.
 * 
 * Sends `notifications/message` on the response stream of the request the calling task is
 * handling, if that request set a log level (`request-meta.log-level`) and `level` is at or
 * above it; otherwise the host drops the message and returns `ok` (MCP 2026-07-28: a server
 * MUST NOT log to a request that did not ask for it). Outside a handler call the message
 * goes to no client.
 * 
 * - `data`: The data to be logged, such as a string message or an object. Any JSON
 *   serializable type is allowed here.
 * - `level`: The severity of this log message.
 * - `logger`: An optional name of the logger issuing this message.
 * - `meta`: as for `progress`.
 */
export function loggingMessage(data: Json, level: LoggingLevel, logger: string | undefined, meta: NotificationMetaObject | undefined): void;
/**
 * The list of resources the server offers has changed.
 * 
 * Sends `notifications/resources/list_changed` to every open `subscriptions/listen`
 * stream that asked for it (`resources-list-changed`), each tagged with its subscription id.
 */
export function resourceListChanged(meta: NotificationMetaObject | undefined): void;
/**
 * A resource has changed and may need to be read again.
 * 
 * Sends `notifications/resources/updated` to every open `subscriptions/listen` stream that
 * listed `uri` in its `resource-subscriptions` (see `handlers.watch-resource`).
 * 
 * - `uri`: The URI of the resource that has been updated. This might be a sub-resource of
 *   the one that the client actually subscribed to.
 */
export function resourceUpdated(uri: string, meta: NotificationMetaObject | undefined): void;
/**
 * The list of prompts the server offers has changed.
 * 
 * Sends `notifications/prompts/list_changed` to every open `subscriptions/listen` stream
 * that asked for it (`prompts-list-changed`).
 */
export function promptListChanged(meta: NotificationMetaObject | undefined): void;
/**
 * The list of tools the server offers has changed.
 * 
 * Sends `notifications/tools/list_changed` to every open `subscriptions/listen` stream that
 * asked for it (`tools-list-changed`).
 */
export function toolListChanged(meta: NotificationMetaObject | undefined): void;
export type Json = import('./wasi-mcp-types.js').Json;
export type Error = import('./wasi-mcp-types.js').Error;
export type ProgressToken = import('./wasi-mcp-types.js').ProgressToken;
export type LoggingLevel = import('./wasi-mcp-types.js').LoggingLevel;
export type Implementation = import('./wasi-mcp-types.js').Implementation;
export type ServerCapabilities = import('./wasi-mcp-types.js').ServerCapabilities;
export type Tool = import('./wasi-mcp-types.js').Tool;
export type Resource = import('./wasi-mcp-types.js').Resource;
export type ResourceTemplate = import('./wasi-mcp-types.js').ResourceTemplate;
export type Prompt = import('./wasi-mcp-types.js').Prompt;
export type CacheScope = import('./wasi-mcp-types.js').CacheScope;
export type NotificationMetaObject = import('./wasi-mcp-types.js').NotificationMetaObject;

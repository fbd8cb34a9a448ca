/** @module Interface wasi:mcp/types@0.2.0-preview2 **/
/**
 * Arbitrary JSON: one JSON value (RFC 8259) serialized as UTF-8 text, without a byte-order mark.
 * 
 * Used wherever the MCP schema allows any JSON value: tool `arguments` and
 * `structuredContent`, `experimental` and `extensions` capabilities, sampling `metadata`, log
 * `data`, error `data`, the open objects of the schema, and a tool's `inputSchema` and
 * `outputSchema` (whole JSON Schema 2020-12 objects, which MCP 2026-07-28 leaves open to any
 * keyword). Where the schema requires an object (`arguments`, the tool schemas), the text
 * must be a JSON object. The producer must write well-formed JSON: the host checks it before
 * it reaches the wire, and fails an import call with `invalid-params` or a handler's call
 * with `internal-error` otherwise. An empty list is not JSON.
 */
export type Json = Uint8Array;
/**
 * The code of an `error`: the JSON-RPC 2.0 codes, the codes MCP assigns, and any other.
 * 
 * On the wire a code is an integer, given in each case's documentation. A receiver maps a
 * known integer to its case and any other integer to `other`; a sender never wraps in
 * `other` a code that has its own case. MCP 2026-07-28 reserves -32020 to -32099 for the
 * specification and leaves -32000 to -32019 to implementations.
 */
export type ErrorCode = ErrorCodeParseError | ErrorCodeInvalidRequest | ErrorCodeMethodNotFound | ErrorCodeInvalidParams | ErrorCodeInternalError | ErrorCodeHeaderMismatch | ErrorCodeMissingRequiredClientCapability | ErrorCodeUnsupportedProtocolVersion | ErrorCodeConnectionClosed | ErrorCodeRequestTimeout | ErrorCodeOther;
/**
 * -32700: invalid JSON was received.
 */
export interface ErrorCodeParseError {
  tag: 'parse-error',
}
/**
 * -32600: the JSON sent is not a valid request object.
 */
export interface ErrorCodeInvalidRequest {
  tag: 'invalid-request',
}
/**
 * -32601: the method does not exist or is not available (e.g. the server does not
 * implement it, or it belongs to a capability the server did not declare).
 */
export interface ErrorCodeMethodNotFound {
  tag: 'method-not-found',
}
/**
 * -32602: invalid method parameters. MCP also uses it for an unknown tool or prompt
 * name, a resource that does not exist (since 2026-07-28), an invalid or expired cursor,
 * and a tampered or stale `request-state`.
 */
export interface ErrorCodeInvalidParams {
  tag: 'invalid-params',
}
/**
 * -32603: internal error.
 */
export interface ErrorCodeInternalError {
  tag: 'internal-error',
}
/**
 * -32020: the HTTP headers do not match the request body, or a required header is missing
 * or malformed (`HeaderMismatchError`).
 */
export interface ErrorCodeHeaderMismatch {
  tag: 'header-mismatch',
}
/**
 * -32021: processing the request needs a capability the client did not declare in
 * `client-capabilities` (`MissingRequiredClientCapabilityError`).
 */
export interface ErrorCodeMissingRequiredClientCapability {
  tag: 'missing-required-client-capability',
}
/**
 * -32022: the request's protocol version is unknown to the server or not supported
 * (`UnsupportedProtocolVersionError`).
 */
export interface ErrorCodeUnsupportedProtocolVersion {
  tag: 'unsupported-protocol-version',
}
/**
 * -32000: the connection closed before the response arrived (the code the MCP SDKs use).
 */
export interface ErrorCodeConnectionClosed {
  tag: 'connection-closed',
}
/**
 * -32001: no response arrived in time (the code the MCP SDKs use).
 */
export interface ErrorCodeRequestTimeout {
  tag: 'request-timeout',
}
/**
 * Any other code, e.g. -1 for a user who rejected a sampling request, or an
 * implementation-defined code from -32019 to -32000.
 */
export interface ErrorCodeOther {
  tag: 'other',
  val: bigint,
}
/**
 * An MCP error: the `error` object of a JSON-RPC error response (`Error`).
 * 
 * Every request function returns `result<T, error>`. A handler's `err` becomes the
 * JSON-RPC error response to the request it handles; an import's `err` is the peer's error
 * response, or an error the host raises itself (the connection closed, the request timed
 * out, a `json` value was not well-formed).
 */
export interface Error {
  /**
   * The error type that occurred.
   */
  code: ErrorCode,
  /**
   * A short description of the error. The message SHOULD be limited to a concise single sentence.
   */
  message: string,
  /**
   * Additional information about the error. The value of this member is defined by the sender
   * (e.g. detailed error information, nested errors etc.).
   */
  data?: Json,
}
/**
 * How far a cached result may be shared (`cacheScope` of every cacheable result), analogous
 * to HTTP `Cache-Control: public` vs `private`.
 * 
 * - `public`: the response contains no user-specific data; any client or intermediary
 *   (a shared gateway, a caching proxy) MAY cache it and serve it across authorization
 *   contexts.
 * - `private`: the response MAY be cached and reused only within the same authorization
 *   context.
 * # Variants
 * 
 * ## `"private"`
 * 
 * ## `"public"`
 */
export type CacheScope = 'private' | 'public';
export interface BlobResourceContents {
  meta?: Json,
  /**
   * A base64-encoded string representing the binary data of the item.
   */
  blob: string,
  /**
   * The MIME type of this resource, if known.
   */
  mimeType?: string,
  /**
   * The URI of this resource.
   */
  uri: string,
}
export interface BooleanSchema {
  'default'?: boolean,
  description?: string,
  title?: string,
}
/**
 * Present if the client supports elicitation from the server.
 */
export interface ClientCapabilitiesElicitation {
  form?: Json,
  url?: Json,
}
/**
 * Present if the client supports sampling from an LLM.
 */
export interface ClientCapabilitiesSampling {
  /**
   * Whether the client supports context inclusion via `includeContext` parameter.
   * If not declared, servers SHOULD only use `includeContext: "none"` (or omit it).
   */
  context?: Json,
  /**
   * Whether the client supports tool use via `tools` and `toolChoice` parameters.
   */
  tools?: Json,
}
/**
 * Capabilities a client may support. Known capabilities are defined here, in this schema, but this is not a closed set: any client can define its own, additional capabilities.
 */
export interface ClientCapabilities {
  /**
   * Present if the client supports elicitation from the server.
   */
  elicitation?: ClientCapabilitiesElicitation,
  /**
   * Experimental, non-standard capabilities that the client supports.
   */
  experimental?: Array<[string, Json]>,
  /**
   * Optional MCP extensions that the client supports. Keys are extension identifiers
   * (e.g., "io.modelcontextprotocol/oauth-client-credentials"), and values are
   * per-extension settings objects. An empty object indicates support with no settings.
   * 
   * Keys MUST follow the {@link MetaObject`_meta` key naming rules}, with a
   * mandatory prefix.
   */
  extensions?: Array<[string, Json]>,
  /**
   * Present if the client supports listing roots.
   */
  roots?: Json,
  /**
   * Present if the client supports sampling from an LLM.
   */
  sampling?: ClientCapabilitiesSampling,
}
/**
 * The argument's information
 */
export interface CompleteRequestParamsArgument {
  /**
   * The name of the argument
   */
  name: string,
  /**
   * The value of the argument to use for completion matching.
   */
  value: string,
}
/**
 * Additional, optional context for completions
 */
export interface CompleteRequestParamsContext {
  /**
   * Previously-resolved variables in a URI template or prompt.
   */
  arguments?: Array<[string, string]>,
}
export interface CompleteResultCompletion {
  /**
   * Indicates whether there are additional completion options beyond those provided in the current response, even if the exact total is unknown.
   */
  hasMore?: boolean,
  /**
   * The total number of completion options available. This can exceed the number of values actually sent in the response.
   */
  total?: bigint,
  /**
   * An array of completion values. Must not exceed 100 items.
   */
  values: Array<string>,
}
/**
 * A request to include context from one or more MCP servers (including the caller), to be attached to the prompt.
 * The client MAY ignore this request.
 * 
 * Default is `"none"`. The values `"thisServer"` and `"allServers"` are deprecated (SEP-2596): servers SHOULD
 * omit this field or use `"none"`, and SHOULD only use the deprecated values if the client declares
 * {@link ClientCapabilities.sampling.context}.
 * # Variants
 * 
 * ## `"all-servers"`
 * 
 * ## `"none"`
 * 
 * ## `"this-server"`
 */
export type CreateMessageRequestParamsIncludeContext = 'all-servers' | 'none' | 'this-server';
/**
 * An opaque token used to represent a cursor for pagination.
 */
export type Cursor = string;
/**
 * The parameters for a request to elicit information from the user via a URL in the client.
 */
export interface ElicitRequestUrlParams {
  /**
   * The message to present to the user explaining why the interaction is needed.
   */
  message: string,
  /**
   * The URL that the user should navigate to.
   */
  url: string,
}
/**
 * The user action in response to the elicitation.
 * - `"accept"`: User submitted the form/confirmed the action
 * - `"decline"`: User explicitly declined the action
 * - `"cancel"`: User dismissed without making an explicit choice
 * # Variants
 * 
 * ## `"accept"`
 * 
 * ## `"cancel"`
 * 
 * ## `"decline"`
 */
export type ElicitResultAction = 'accept' | 'cancel' | 'decline';
export type ElicitResultContentValueCase2 = ElicitResultContentValueCase2String | ElicitResultContentValueCase2Integer | ElicitResultContentValueCase2Boolean;
export interface ElicitResultContentValueCase2String {
  tag: 'string',
  val: string,
}
export interface ElicitResultContentValueCase2Integer {
  tag: 'integer',
  val: bigint,
}
export interface ElicitResultContentValueCase2Boolean {
  tag: 'boolean',
  val: boolean,
}
export type ElicitResultContentValue = ElicitResultContentValueArray | ElicitResultContentValueElicitResultContentValueCase2;
export interface ElicitResultContentValueArray {
  tag: 'array',
  val: Array<string>,
}
export interface ElicitResultContentValueElicitResultContentValueCase2 {
  tag: 'elicit-result-content-value-case2',
  val: ElicitResultContentValueCase2,
}
/**
 * The result returned by the client for an {@link ElicitRequestelicitation/create} request.
 */
export interface ElicitResult {
  /**
   * The user action in response to the elicitation.
   * - `"accept"`: User submitted the form/confirmed the action
   * - `"decline"`: User explicitly declined the action
   * - `"cancel"`: User dismissed without making an explicit choice
   */
  action: ElicitResultAction,
  /**
   * The submitted form data, only present when action is `"accept"` and mode was `"form"`.
   * Contains values matching the requested schema.
   * Omitted for out-of-band mode responses.
   */
  content?: Array<[string, ElicitResultContentValue]>,
}
/**
 * Optional specifier for the theme this icon is designed for. `"light"` indicates
 * the icon is designed to be used with a light background, and `"dark"` indicates
 * the icon is designed to be used with a dark background.
 * 
 * If not provided, the client should assume the icon can be used with any theme.
 * # Variants
 * 
 * ## `"dark"`
 * 
 * ## `"light"`
 */
export type IconTheme = 'dark' | 'light';
/**
 * An optionally-sized icon that can be displayed in a user interface.
 */
export interface Icon {
  /**
   * Optional MIME type override if the source MIME type is missing or generic.
   * For example: `"image/png"`, `"image/jpeg"`, or `"image/svg+xml"`.
   */
  mimeType?: string,
  /**
   * Optional array of strings that specify sizes at which the icon can be used.
   * Each string should be in WxH format (e.g., `"48x48"`, `"96x96"`) or `"any"` for scalable formats like SVG.
   * 
   * If not provided, the client should assume that the icon can be used at any size.
   */
  sizes?: Array<string>,
  /**
   * A standard URI pointing to an icon resource. May be an HTTP/HTTPS URL or a
   * `data:` URI with Base64-encoded image data.
   * 
   * Consumers SHOULD take steps to ensure URLs serving icons are from the
   * same domain as the client/server or a trusted domain.
   * 
   * Consumers SHOULD take appropriate precautions when consuming SVGs as they can contain
   * executable JavaScript.
   */
  src: string,
  /**
   * Optional specifier for the theme this icon is designed for. `"light"` indicates
   * the icon is designed to be used with a light background, and `"dark"` indicates
   * the icon is designed to be used with a dark background.
   * 
   * If not provided, the client should assume the icon can be used with any theme.
   */
  theme?: IconTheme,
}
/**
 * Base interface to add `icons` property.
 */
export interface Icons {
  /**
   * Optional set of sized icons that the client can display in a user interface.
   * 
   * Clients that support rendering icons MUST support at least the following MIME types:
   * - `image/png` - PNG images (safe, universal compatibility)
   * - `image/jpeg` (and `image/jpg`) - JPEG images (safe, universal compatibility)
   * 
   * Clients that support rendering icons SHOULD also support:
   * - `image/svg+xml` - SVG images (scalable but requires security precautions)
   * - `image/webp` - WebP images (modern, efficient format)
   */
  icons?: Array<Icon>,
}
/**
 * Describes the MCP implementation.
 */
export interface Implementation {
  /**
   * An optional human-readable description of what this implementation does.
   * 
   * This can be used by clients or servers to provide context about their purpose
   * and capabilities. For example, a server might describe the types of resources
   * or tools it provides, while a client might describe its intended use case.
   */
  description?: string,
  /**
   * Optional set of sized icons that the client can display in a user interface.
   * 
   * Clients that support rendering icons MUST support at least the following MIME types:
   * - `image/png` - PNG images (safe, universal compatibility)
   * - `image/jpeg` (and `image/jpg`) - JPEG images (safe, universal compatibility)
   * 
   * Clients that support rendering icons SHOULD also support:
   * - `image/svg+xml` - SVG images (scalable but requires security precautions)
   * - `image/webp` - WebP images (modern, efficient format)
   */
  icons?: Array<Icon>,
  /**
   * Intended for programmatic or logical use, but used as a display name in past specs or fallback (if title isn't present).
   */
  name: string,
  /**
   * Intended for UI and end-user contexts — optimized to be human-readable and easily understood,
   * even by those unfamiliar with domain-specific terminology.
   * 
   * If not provided, the name should be used for display (except for {@link Tool},
   * where `annotations.title` should be given precedence over using `name`,
   * if present).
   */
  title?: string,
  /**
   * The version of this implementation.
   */
  version: string,
  /**
   * An optional URL of the website for this implementation.
   */
  websiteUrl?: string,
}
/**
 * Use {@link TitledSingleSelectEnumSchema} instead.
 * This interface will be removed in a future version.
 */
export interface LegacyTitledEnumSchema {
  'default'?: string,
  description?: string,
  'enum': Array<string>,
  /**
   * (Legacy) Display names for enum values.
   * Non-standard according to JSON schema 2020-12.
   */
  enumNames?: Array<string>,
  title?: string,
}
export interface ListRootsRequestParams {
  meta?: Json,
}
/**
 * Sent from the server to request a list of root URIs from the client. Roots allow
 * servers to ask for specific directories or files to operate on. A common example
 * for roots is providing a set of repositories or directories a server should operate
 * on.
 * 
 * This request is typically used when the server needs to understand the file system
 * structure or access specific locations that the client has permission to read from.
 */
export interface ListRootsRequest {
  params?: ListRootsRequestParams,
}
/**
 * The severity of a log message.
 * 
 * These map to syslog message severities, as specified in RFC-5424:
 * https://datatracker.ietf.org/doc/html/rfc5424#section-6.2.1
 * # Variants
 * 
 * ## `"alert"`
 * 
 * ## `"critical"`
 * 
 * ## `"debug"`
 * 
 * ## `"emergency"`
 * 
 * ## `"error"`
 * 
 * ## `"info"`
 * 
 * ## `"notice"`
 * 
 * ## `"warning"`
 */
export type LoggingLevel = 'alert' | 'critical' | 'debug' | 'emergency' | 'error' | 'info' | 'notice' | 'warning';
/**
 * Hints to use for model selection.
 * 
 * Keys not declared here are currently left unspecified by the spec and are up
 * to the client to interpret.
 */
export interface ModelHint {
  /**
   * A hint for a model name.
   * 
   * The client SHOULD treat this as a substring of a model name; for example:
   *  - `claude-3-5-sonnet` should match `claude-3-5-sonnet-20241022`
   *  - `sonnet` should match `claude-3-5-sonnet-20241022`, `claude-3-sonnet-20240229`, etc.
   *  - `claude` should match any Claude model
   * 
   * The client MAY also map the string to a different provider's model name or a different model family, as long as it fills a similar niche; for example:
   *  - `gemini-1.5-flash` could match `claude-3-haiku-20240307`
   */
  name?: string,
}
/**
 * The server's preferences for model selection, requested of the client during sampling.
 * 
 * Because LLMs can vary along multiple dimensions, choosing the "best" model is
 * rarely straightforward.  Different models excel in different areas—some are
 * faster but less capable, others are more capable but more expensive, and so
 * on. This interface allows servers to express their priorities across multiple
 * dimensions to help clients make an appropriate selection for their use case.
 * 
 * These preferences are always advisory. The client MAY ignore them. It is also
 * up to the client to decide how to interpret these preferences and how to
 * balance them against other considerations.
 */
export interface ModelPreferences {
  /**
   * How much to prioritize cost when selecting a model. A value of 0 means cost
   * is not important, while a value of 1 means cost is the most important
   * factor.
   */
  costPriority?: number,
  /**
   * Optional hints to use for model selection.
   * 
   * If multiple hints are specified, the client MUST evaluate them in order
   * (such that the first match is taken).
   * 
   * The client SHOULD prioritize these hints over the numeric priorities, but
   * MAY still use the priorities to select from ambiguous matches.
   */
  hints?: Array<ModelHint>,
  /**
   * How much to prioritize intelligence and capabilities when selecting a
   * model. A value of 0 means intelligence is not important, while a value of 1
   * means intelligence is the most important factor.
   */
  intelligencePriority?: number,
  /**
   * How much to prioritize sampling speed (latency) when selecting a model. A
   * value of 0 means speed is not important, while a value of 1 means speed is
   * the most important factor.
   */
  speedPriority?: number,
}
/**
 * # Variants
 * 
 * ## `"integer"`
 * 
 * ## `"number"`
 */
export type NumberSchemaType = 'integer' | 'number';
export interface NumberSchema {
  'default'?: number,
  description?: string,
  maximum?: number,
  minimum?: number,
  title?: string,
  type: NumberSchemaType,
}
/**
 * A progress token, used to associate progress notifications with the original request.
 */
export type ProgressToken = ProgressTokenString | ProgressTokenInteger;
export interface ProgressTokenString {
  tag: 'string',
  val: string,
}
export interface ProgressTokenInteger {
  tag: 'integer',
  val: bigint,
}
/**
 * Describes an argument that a prompt can accept.
 */
export interface PromptArgument {
  /**
   * A human-readable description of the argument.
   */
  description?: string,
  /**
   * Intended for programmatic or logical use, but used as a display name in past specs or fallback (if title isn't present).
   */
  name: string,
  /**
   * Whether this argument must be provided.
   */
  required?: boolean,
  /**
   * Intended for UI and end-user contexts — optimized to be human-readable and easily understood,
   * even by those unfamiliar with domain-specific terminology.
   * 
   * If not provided, the name should be used for display (except for {@link Tool},
   * where `annotations.title` should be given precedence over using `name`,
   * if present).
   */
  title?: string,
}
/**
 * A prompt or prompt template that the server offers.
 */
export interface Prompt {
  meta?: Json,
  /**
   * A list of arguments to use for templating the prompt.
   */
  arguments?: Array<PromptArgument>,
  /**
   * An optional description of what this prompt provides
   */
  description?: string,
  /**
   * Optional set of sized icons that the client can display in a user interface.
   * 
   * Clients that support rendering icons MUST support at least the following MIME types:
   * - `image/png` - PNG images (safe, universal compatibility)
   * - `image/jpeg` (and `image/jpg`) - JPEG images (safe, universal compatibility)
   * 
   * Clients that support rendering icons SHOULD also support:
   * - `image/svg+xml` - SVG images (scalable but requires security precautions)
   * - `image/webp` - WebP images (modern, efficient format)
   */
  icons?: Array<Icon>,
  /**
   * Intended for programmatic or logical use, but used as a display name in past specs or fallback (if title isn't present).
   */
  name: string,
  /**
   * Intended for UI and end-user contexts — optimized to be human-readable and easily understood,
   * even by those unfamiliar with domain-specific terminology.
   * 
   * If not provided, the name should be used for display (except for {@link Tool},
   * where `annotations.title` should be given precedence over using `name`,
   * if present).
   */
  title?: string,
}
/**
 * Identifies a prompt.
 */
export interface PromptReference {
  /**
   * Intended for programmatic or logical use, but used as a display name in past specs or fallback (if title isn't present).
   */
  name: string,
  /**
   * Intended for UI and end-user contexts — optimized to be human-readable and easily understood,
   * even by those unfamiliar with domain-specific terminology.
   * 
   * If not provided, the name should be used for display (except for {@link Tool},
   * where `annotations.title` should be given precedence over using `name`,
   * if present).
   */
  title?: string,
}
/**
 * A uniquely identifying ID for a request in JSON-RPC.
 */
export type RequestId = RequestIdString | RequestIdInteger;
export interface RequestIdString {
  tag: 'string',
  val: string,
}
export interface RequestIdInteger {
  tag: 'integer',
  val: bigint,
}
/**
 * Extends {@link MetaObject} with additional notification-specific fields. All key naming rules from `MetaObject` apply.
 */
export interface NotificationMetaObject {
  /**
   * Identifies the subscription stream a notification was delivered on. The
   * server MUST include this key on every notification delivered via a
   * {@link SubscriptionsListenRequestsubscriptions/listen} stream, so the
   * client can correlate the notification with the originating subscription.
   * The key is absent on notifications not delivered via a subscription
   * stream (e.g. progress notifications for an in-flight request), which is
   * why it is optional here.
   * 
   * The value is the JSON-RPC ID of the `subscriptions/listen` request that
   * opened the stream.
   */
  subscriptionId?: RequestId,
  /**
   * Every other member of the `_meta` object (keys other than the reserved one above), as
   * one JSON object text holding each as the peer sent it: `_meta` is MCP's extension point,
   * open to any key (trace context: `traceparent`, `tracestate`, `baggage`; a vendor's
   * `com.example/...` keys). None when there is none. A key MCP reserves has a field of its
   * own above and is refused here, never merged over that field.
   */
  extra?: Json,
}
/**
 * Extends {@link MetaObject} with additional request-specific fields. All key naming rules from `MetaObject` apply.
 */
export interface RequestMetaObject {
  /**
   * The client's capabilities for this specific request. Required.
   * 
   * Capabilities are declared per-request rather than once at initialization;
   * an empty object means the client supports no optional capabilities.
   * Servers MUST NOT infer capabilities from prior requests.
   */
  clientCapabilities: ClientCapabilities,
  /**
   * Identifies the client software making the request. Clients SHOULD
   * include this field on every request unless specifically configured not
   * to do so.
   * 
   * The {@link Implementation} schema requires `name` and `version`; other
   * fields are optional.
   * 
   * The value is self-reported by the client and is not verified by the
   * protocol. It is intended for display, logging, and debugging. Servers
   * SHOULD NOT use it to change their behavior, and SHOULD NOT rely on it for
   * security decisions.
   */
  clientInfo?: Implementation,
  /**
   * The desired log level for this request. Optional.
   * 
   * If absent, the server MUST NOT send any {@link LoggingMessageNotificationnotifications/message}
   * notifications for this request. The client opts in to log messages by
   * explicitly setting a level. Replaces the former `logging/setLevel` RPC.
   */
  logLevel?: LoggingLevel,
  /**
   * The MCP Protocol Version being used for this request. Required.
   * 
   * For the HTTP transport, this value MUST match the `MCP-Protocol-Version`
   * header; otherwise the server MUST return a `400 Bad Request`. If the
   * server does not support the requested version, it MUST return an
   * {@link UnsupportedProtocolVersionError}.
   */
  protocolVersion: string,
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by {@link ProgressNotificationnotifications/progress}). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken?: ProgressToken,
  /**
   * Every other member of the `_meta` object (keys other than the reserved ones above), as
   * one JSON object text holding each as the peer sent it: `_meta` is MCP's extension point,
   * open to any key (trace context: `traceparent`, `tracestate`, `baggage`; a vendor's
   * `com.example/...` keys). None when there is none. A key MCP reserves has a field of its
   * own above and is refused here, never merged over that field.
   */
  extra?: Json,
}
/**
 * The contents of a specific resource or sub-resource.
 */
export interface ResourceContents {
  meta?: Json,
  /**
   * The MIME type of this resource, if known.
   */
  mimeType?: string,
  /**
   * The URI of this resource.
   */
  uri: string,
}
/**
 * A reference to a resource or resource template definition.
 */
export interface ResourceTemplateReference {
  /**
   * The URI or URI template of the resource.
   */
  uri: string,
}
export type CompleteRequestParamsRef = CompleteRequestParamsRefRefPrompt | CompleteRequestParamsRefRefResource;
export interface CompleteRequestParamsRefRefPrompt {
  tag: 'ref-prompt',
  val: PromptReference,
}
export interface CompleteRequestParamsRefRefResource {
  tag: 'ref-resource',
  val: ResourceTemplateReference,
}
/**
 * Extends {@link MetaObject} with additional result-specific fields. All key naming rules from `MetaObject` apply.
 */
export interface ResultMetaObject {
  /**
   * Identifies the server software producing the response. Servers SHOULD
   * include this field on every response unless specifically configured not
   * to do so.
   * 
   * The {@link Implementation} schema requires `name` and `version`; other
   * fields are optional.
   * 
   * The value is self-reported by the server and is not verified by the
   * protocol. It is intended for display, logging, and debugging. Clients
   * SHOULD NOT use it to change their behavior, and SHOULD NOT rely on it for
   * security decisions.
   */
  serverInfo?: Implementation,
  /**
   * Every other member of the `_meta` object (keys other than the reserved one above), as
   * one JSON object text holding each as the peer sent it: `_meta` is MCP's extension point,
   * open to any key (trace context: `traceparent`, `tracestate`, `baggage`; a vendor's
   * `com.example/...` keys). None when there is none. A key MCP reserves has a field of its
   * own above and is refused here, never merged over that field.
   */
  extra?: Json,
}
/**
 * The result returned by the server for a {@link CompleteRequestcompletion/complete} request.
 */
export interface CompleteResult {
  meta?: ResultMetaObject,
  completion: CompleteResultCompletion,
}
/**
 * The result returned by the server for a {@link ListPromptsRequestprompts/list} request.
 */
export interface ListPromptsResult {
  meta?: ResultMetaObject,
  /**
   * Indicates the intended scope of the cached response, analogous to HTTP
   * `Cache-Control: public` vs `Cache-Control: private`.
   * 
   * - `"public"`: The response does not contain user-specific data. Any
   *   client or intermediary (e.g., shared gateway, caching proxy) MAY cache
   *   the response and serve it across authorization contexts.
   * - `"private"`: The response MAY be cached and reused only within the
   *   same authorization context. Caches MUST NOT be shared across
   *   authorization contexts (e.g., a different access token requires a
   *   different cache).
   */
  cacheScope: CacheScope,
  /**
   * An opaque token representing the pagination position after the last returned result.
   * If present, there may be more results available.
   */
  nextCursor?: string,
  prompts: Array<Prompt>,
  /**
   * A hint from the server indicating how long (in milliseconds) the
   * client MAY cache this response before re-fetching. Semantics are
   * analogous to HTTP Cache-Control max-age.
   * 
   * - If 0, The response SHOULD be considered immediately stale,
   *   The client MAY re-fetch every time the result is needed.
   * - If positive, the client SHOULD consider the result fresh for this many
   *   milliseconds after receiving the response.
   */
  ttlMs: bigint,
}
/**
 * The sender or recipient of messages and data in a conversation.
 * # Variants
 * 
 * ## `"assistant"`
 * 
 * ## `"user"`
 */
export type Role = 'assistant' | 'user';
/**
 * Optional annotations for the client. The client can use annotations to inform how objects are used or displayed
 */
export interface Annotations {
  /**
   * Describes who the intended audience of this object or data is.
   * 
   * It can include multiple entries to indicate content useful for multiple audiences (e.g., `["user", "assistant"]`).
   */
  audience?: Array<Role>,
  /**
   * The moment the resource was last modified, as an ISO 8601 formatted string.
   * 
   * Should be an ISO 8601 formatted string (e.g., "2025-01-12T15:00:58Z").
   * 
   * Examples: last activity timestamp in an open file, timestamp when the resource
   * was attached, etc.
   */
  lastModified?: string,
  /**
   * Describes how important this data is for operating the server.
   * 
   * A value of 1 means "most important," and indicates that the data is
   * effectively required, while 0 means "least important," and indicates that
   * the data is entirely optional.
   */
  priority?: number,
}
/**
 * Audio provided to or from an LLM.
 */
export interface AudioContent {
  meta?: Json,
  /**
   * Optional annotations for the client.
   */
  annotations?: Annotations,
  /**
   * The base64-encoded audio data.
   */
  data: string,
  /**
   * The MIME type of the audio. Different providers may support different audio types.
   */
  mimeType: string,
}
/**
 * An image provided to or from an LLM.
 */
export interface ImageContent {
  meta?: Json,
  /**
   * Optional annotations for the client.
   */
  annotations?: Annotations,
  /**
   * The base64-encoded image data.
   */
  data: string,
  /**
   * The MIME type of the image. Different providers may support different image types.
   */
  mimeType: string,
}
/**
 * A known resource that the server is capable of reading.
 */
export interface Resource {
  meta?: Json,
  /**
   * Optional annotations for the client.
   */
  annotations?: Annotations,
  /**
   * A description of what this resource represents.
   * 
   * This can be used by clients to improve the LLM's understanding of available resources. It can be thought of like a "hint" to the model.
   */
  description?: string,
  /**
   * Optional set of sized icons that the client can display in a user interface.
   * 
   * Clients that support rendering icons MUST support at least the following MIME types:
   * - `image/png` - PNG images (safe, universal compatibility)
   * - `image/jpeg` (and `image/jpg`) - JPEG images (safe, universal compatibility)
   * 
   * Clients that support rendering icons SHOULD also support:
   * - `image/svg+xml` - SVG images (scalable but requires security precautions)
   * - `image/webp` - WebP images (modern, efficient format)
   */
  icons?: Array<Icon>,
  /**
   * The MIME type of this resource, if known.
   */
  mimeType?: string,
  /**
   * Intended for programmatic or logical use, but used as a display name in past specs or fallback (if title isn't present).
   */
  name: string,
  /**
   * The size of the raw resource content, in bytes (i.e., before base64 encoding or any tokenization), if known.
   * 
   * This can be used by Hosts to display file sizes and estimate context window usage.
   */
  size?: bigint,
  /**
   * Intended for UI and end-user contexts — optimized to be human-readable and easily understood,
   * even by those unfamiliar with domain-specific terminology.
   * 
   * If not provided, the name should be used for display (except for {@link Tool},
   * where `annotations.title` should be given precedence over using `name`,
   * if present).
   */
  title?: string,
  /**
   * The URI of this resource.
   */
  uri: string,
}
/**
 * The result returned by the server for a {@link ListResourcesRequestresources/list} request.
 */
export interface ListResourcesResult {
  meta?: ResultMetaObject,
  /**
   * Indicates the intended scope of the cached response, analogous to HTTP
   * `Cache-Control: public` vs `Cache-Control: private`.
   * 
   * - `"public"`: The response does not contain user-specific data. Any
   *   client or intermediary (e.g., shared gateway, caching proxy) MAY cache
   *   the response and serve it across authorization contexts.
   * - `"private"`: The response MAY be cached and reused only within the
   *   same authorization context. Caches MUST NOT be shared across
   *   authorization contexts (e.g., a different access token requires a
   *   different cache).
   */
  cacheScope: CacheScope,
  /**
   * An opaque token representing the pagination position after the last returned result.
   * If present, there may be more results available.
   */
  nextCursor?: string,
  resources: Array<Resource>,
  /**
   * A hint from the server indicating how long (in milliseconds) the
   * client MAY cache this response before re-fetching. Semantics are
   * analogous to HTTP Cache-Control max-age.
   * 
   * - If 0, The response SHOULD be considered immediately stale,
   *   The client MAY re-fetch every time the result is needed.
   * - If positive, the client SHOULD consider the result fresh for this many
   *   milliseconds after receiving the response.
   */
  ttlMs: bigint,
}
/**
 * A resource that the server is capable of reading, included in a prompt or tool call result.
 * 
 * Note: resource links returned by tools are not guaranteed to appear in the results of {@link ListResourcesRequestresources/list} requests.
 */
export interface ResourceLink {
  meta?: Json,
  /**
   * Optional annotations for the client.
   */
  annotations?: Annotations,
  /**
   * A description of what this resource represents.
   * 
   * This can be used by clients to improve the LLM's understanding of available resources. It can be thought of like a "hint" to the model.
   */
  description?: string,
  /**
   * Optional set of sized icons that the client can display in a user interface.
   * 
   * Clients that support rendering icons MUST support at least the following MIME types:
   * - `image/png` - PNG images (safe, universal compatibility)
   * - `image/jpeg` (and `image/jpg`) - JPEG images (safe, universal compatibility)
   * 
   * Clients that support rendering icons SHOULD also support:
   * - `image/svg+xml` - SVG images (scalable but requires security precautions)
   * - `image/webp` - WebP images (modern, efficient format)
   */
  icons?: Array<Icon>,
  /**
   * The MIME type of this resource, if known.
   */
  mimeType?: string,
  /**
   * Intended for programmatic or logical use, but used as a display name in past specs or fallback (if title isn't present).
   */
  name: string,
  /**
   * The size of the raw resource content, in bytes (i.e., before base64 encoding or any tokenization), if known.
   * 
   * This can be used by Hosts to display file sizes and estimate context window usage.
   */
  size?: bigint,
  /**
   * Intended for UI and end-user contexts — optimized to be human-readable and easily understood,
   * even by those unfamiliar with domain-specific terminology.
   * 
   * If not provided, the name should be used for display (except for {@link Tool},
   * where `annotations.title` should be given precedence over using `name`,
   * if present).
   */
  title?: string,
  /**
   * The URI of this resource.
   */
  uri: string,
}
/**
 * A template description for resources available on the server.
 */
export interface ResourceTemplate {
  meta?: Json,
  /**
   * Optional annotations for the client.
   */
  annotations?: Annotations,
  /**
   * A description of what this template is for.
   * 
   * This can be used by clients to improve the LLM's understanding of available resources. It can be thought of like a "hint" to the model.
   */
  description?: string,
  /**
   * Optional set of sized icons that the client can display in a user interface.
   * 
   * Clients that support rendering icons MUST support at least the following MIME types:
   * - `image/png` - PNG images (safe, universal compatibility)
   * - `image/jpeg` (and `image/jpg`) - JPEG images (safe, universal compatibility)
   * 
   * Clients that support rendering icons SHOULD also support:
   * - `image/svg+xml` - SVG images (scalable but requires security precautions)
   * - `image/webp` - WebP images (modern, efficient format)
   */
  icons?: Array<Icon>,
  /**
   * The MIME type for all resources that match this template. This should only be included if all resources matching this template have the same type.
   */
  mimeType?: string,
  /**
   * Intended for programmatic or logical use, but used as a display name in past specs or fallback (if title isn't present).
   */
  name: string,
  /**
   * Intended for UI and end-user contexts — optimized to be human-readable and easily understood,
   * even by those unfamiliar with domain-specific terminology.
   * 
   * If not provided, the name should be used for display (except for {@link Tool},
   * where `annotations.title` should be given precedence over using `name`,
   * if present).
   */
  title?: string,
  /**
   * A URI template (according to RFC 6570) that can be used to construct resource URIs.
   */
  uriTemplate: string,
}
/**
 * The result returned by the server for a {@link ListResourceTemplatesRequestresources/templates/list} request.
 */
export interface ListResourceTemplatesResult {
  meta?: ResultMetaObject,
  /**
   * Indicates the intended scope of the cached response, analogous to HTTP
   * `Cache-Control: public` vs `Cache-Control: private`.
   * 
   * - `"public"`: The response does not contain user-specific data. Any
   *   client or intermediary (e.g., shared gateway, caching proxy) MAY cache
   *   the response and serve it across authorization contexts.
   * - `"private"`: The response MAY be cached and reused only within the
   *   same authorization context. Caches MUST NOT be shared across
   *   authorization contexts (e.g., a different access token requires a
   *   different cache).
   */
  cacheScope: CacheScope,
  /**
   * An opaque token representing the pagination position after the last returned result.
   * If present, there may be more results available.
   */
  nextCursor?: string,
  resourceTemplates: Array<ResourceTemplate>,
  /**
   * A hint from the server indicating how long (in milliseconds) the
   * client MAY cache this response before re-fetching. Semantics are
   * analogous to HTTP Cache-Control max-age.
   * 
   * - If 0, The response SHOULD be considered immediately stale,
   *   The client MAY re-fetch every time the result is needed.
   * - If positive, the client SHOULD consider the result fresh for this many
   *   milliseconds after receiving the response.
   */
  ttlMs: bigint,
}
/**
 * Represents a root directory or file that the server can operate on.
 */
export interface Root {
  meta?: Json,
  /**
   * An optional name for the root. This can be used to provide a human-readable
   * identifier for the root, which may be useful for display purposes or for
   * referencing the root in other parts of the application.
   */
  name?: string,
  /**
   * The URI identifying the root. This *must* start with `file://` for now.
   * This restriction may be relaxed in future versions of the protocol to allow
   * other URI schemes.
   */
  uri: string,
}
/**
 * The result returned by the client for a {@link ListRootsRequestroots/list} request.
 * This result contains an array of {@link Root} objects, each representing a root directory
 * or file that the server can operate on.
 */
export interface ListRootsResult {
  roots: Array<Root>,
}
/**
 * Present if the server offers any prompt templates.
 */
export interface ServerCapabilitiesPrompts {
  /**
   * Whether this server supports notifications for changes to the prompt list.
   */
  listChanged?: boolean,
}
/**
 * Present if the server offers any resources to read.
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
  experimental?: Array<[string, Json]>,
  /**
   * Optional MCP extensions that the server supports. Keys are extension identifiers
   * (e.g., "io.modelcontextprotocol/tasks"), and values are per-extension settings
   * objects. An empty object indicates support with no settings.
   * 
   * Keys MUST follow the {@link MetaObject`_meta` key naming rules}, with a
   * mandatory prefix.
   */
  extensions?: Array<[string, Json]>,
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
 * The result returned by the server for a {@link DiscoverRequestserver/discover} request.
 */
export interface DiscoverResult {
  meta?: ResultMetaObject,
  /**
   * Indicates the intended scope of the cached response, analogous to HTTP
   * `Cache-Control: public` vs `Cache-Control: private`.
   * 
   * - `"public"`: The response does not contain user-specific data. Any
   *   client or intermediary (e.g., shared gateway, caching proxy) MAY cache
   *   the response and serve it across authorization contexts.
   * - `"private"`: The response MAY be cached and reused only within the
   *   same authorization context. Caches MUST NOT be shared across
   *   authorization contexts (e.g., a different access token requires a
   *   different cache).
   */
  cacheScope: CacheScope,
  /**
   * The capabilities of the server.
   */
  capabilities: ServerCapabilities,
  /**
   * Natural-language guidance describing the server and its features.
   * 
   * This can be used by clients to improve an LLM's understanding of
   * available tools (e.g., by including it in a system prompt). It should
   * focus on information that helps the model use the server effectively
   * and should not duplicate information already in tool descriptions.
   */
  instructions?: string,
  /**
   * MCP Protocol Versions this server supports. The client should choose a
   * version from this list for use in subsequent requests.
   */
  supportedVersions: Array<string>,
  /**
   * A hint from the server indicating how long (in milliseconds) the
   * client MAY cache this response before re-fetching. Semantics are
   * analogous to HTTP Cache-Control max-age.
   * 
   * - If 0, The response SHOULD be considered immediately stale,
   *   The client MAY re-fetch every time the result is needed.
   * - If positive, the client SHOULD consider the result fresh for this many
   *   milliseconds after receiving the response.
   */
  ttlMs: bigint,
}
/**
 * # Variants
 * 
 * ## `"date"`
 * 
 * ## `"date-time"`
 * 
 * ## `"email"`
 * 
 * ## `"uri"`
 */
export type StringSchemaFormat = 'date' | 'date-time' | 'email' | 'uri';
export interface StringSchema {
  'default'?: string,
  description?: string,
  format?: StringSchemaFormat,
  maxLength?: bigint,
  minLength?: bigint,
  title?: string,
}
/**
 * The set of notification types a client may opt in to on a
 * {@link SubscriptionsListenRequestsubscriptions/listen} request.
 * 
 * Each notification type is **opt-in**; the server **MUST NOT** send
 * notification types the client has not explicitly requested here.
 */
export interface SubscriptionFilter {
  /**
   * If true, receive {@link PromptListChangedNotificationnotifications/prompts/list_changed}.
   */
  promptsListChanged?: boolean,
  /**
   * Subscribe to {@link ResourceUpdatedNotificationnotifications/resources/updated} for these resource URIs.
   * Replaces the former `resources/subscribe` RPC.
   */
  resourceSubscriptions?: Array<string>,
  /**
   * If true, receive {@link ResourceListChangedNotificationnotifications/resources/list_changed}.
   */
  resourcesListChanged?: boolean,
  /**
   * If true, receive {@link ToolListChangedNotificationnotifications/tools/list_changed}.
   */
  toolsListChanged?: boolean,
}
/**
 * Extends {@link ResultMetaObject} with the subscription-stream identifier carried by a
 * {@link SubscriptionsListenResult}. All key naming rules from `MetaObject` apply.
 */
export interface SubscriptionsListenResultMetaObject {
  /**
   * Identifies the server software producing the response. Servers SHOULD
   * include this field on every response unless specifically configured not
   * to do so.
   * 
   * The {@link Implementation} schema requires `name` and `version`; other
   * fields are optional.
   * 
   * The value is self-reported by the server and is not verified by the
   * protocol. It is intended for display, logging, and debugging. Clients
   * SHOULD NOT use it to change their behavior, and SHOULD NOT rely on it for
   * security decisions.
   */
  serverInfo?: Implementation,
  /**
   * Identifies the subscription stream this response closes, so the client can
   * correlate it with the originating subscription — mirroring the same key on
   * the stream's notifications. The value is the JSON-RPC ID of the
   * `subscriptions/listen` request that opened the stream (and equals this
   * response's `id`).
   */
  subscriptionId: RequestId,
  /**
   * Every other member of the `_meta` object (keys other than the reserved ones above), as
   * one JSON object text holding each as the peer sent it: `_meta` is MCP's extension point,
   * open to any key (trace context: `traceparent`, `tracestate`, `baggage`; a vendor's
   * `com.example/...` keys). None when there is none. A key MCP reserves has a field of its
   * own above and is refused here, never merged over that field.
   */
  extra?: Json,
}
/**
 * The response to a {@link SubscriptionsListenRequestsubscriptions/listen}
 * request, signalling that the subscription has ended gracefully (for example,
 * during server shutdown). Because the listen stream is long-lived, this result
 * is sent only when the server tears the subscription down; an abrupt transport
 * close carries no response. The result body is otherwise empty.
 */
export interface SubscriptionsListenResult {
  meta: SubscriptionsListenResultMetaObject,
}
/**
 * Text provided to or from an LLM.
 */
export interface TextContent {
  meta?: Json,
  /**
   * Optional annotations for the client.
   */
  annotations?: Annotations,
  /**
   * The text content of the message.
   */
  text: string,
}
export interface TextResourceContents {
  meta?: Json,
  /**
   * The MIME type of this resource, if known.
   */
  mimeType?: string,
  /**
   * The text of the item. This must only be set if the item can actually be represented as text (not binary data).
   */
  text: string,
  /**
   * The URI of this resource.
   */
  uri: string,
}
export type EmbeddedResourceResource = EmbeddedResourceResourceTextResourceContents | EmbeddedResourceResourceBlobResourceContents;
export interface EmbeddedResourceResourceTextResourceContents {
  tag: 'text-resource-contents',
  val: TextResourceContents,
}
export interface EmbeddedResourceResourceBlobResourceContents {
  tag: 'blob-resource-contents',
  val: BlobResourceContents,
}
/**
 * The contents of a resource, embedded into a prompt or tool call result.
 * 
 * It is up to the client how best to render embedded resources for the benefit
 * of the LLM and/or the user.
 */
export interface EmbeddedResource {
  meta?: Json,
  /**
   * Optional annotations for the client.
   */
  annotations?: Annotations,
  resource: EmbeddedResourceResource,
}
export type ContentBlock = ContentBlockText | ContentBlockImage | ContentBlockAudio | ContentBlockResourceLink | ContentBlockResource;
export interface ContentBlockText {
  tag: 'text',
  val: TextContent,
}
export interface ContentBlockImage {
  tag: 'image',
  val: ImageContent,
}
export interface ContentBlockAudio {
  tag: 'audio',
  val: AudioContent,
}
export interface ContentBlockResourceLink {
  tag: 'resource-link',
  val: ResourceLink,
}
export interface ContentBlockResource {
  tag: 'resource',
  val: EmbeddedResource,
}
/**
 * The result returned by the server for a {@link CallToolRequesttools/call} request.
 */
export interface CallToolResult {
  meta?: ResultMetaObject,
  /**
   * A list of content objects that represent the unstructured result of the tool call.
   */
  content: Array<ContentBlock>,
  /**
   * Whether the tool call ended in an error.
   * 
   * If not set, this is assumed to be false (the call was successful).
   * 
   * Any errors that originate from the tool SHOULD be reported inside the result
   * object, with `isError` set to true, _not_ as an MCP protocol-level error
   * response. Otherwise, the LLM would not be able to see that an error occurred
   * and self-correct.
   * 
   * However, any errors in _finding_ the tool, an error indicating that the
   * server does not support tool calls, or any other exceptional conditions,
   * should be reported as an MCP error response.
   */
  isError?: boolean,
  /**
   * An optional JSON value that represents the structured result of the tool call.
   * 
   * This can be any JSON value (object, array, string, number, boolean, or null)
   * that conforms to the tool's outputSchema if one is defined.
   */
  structuredContent?: Json,
}
/**
 * Describes a message returned as part of a prompt.
 * 
 * This is similar to {@link SamplingMessage}, but also supports the embedding of
 * resources from the MCP server.
 */
export interface PromptMessage {
  content: ContentBlock,
  role: Role,
}
/**
 * The result returned by the server for a {@link GetPromptRequestprompts/get} request.
 */
export interface GetPromptResult {
  meta?: ResultMetaObject,
  /**
   * An optional description for the prompt.
   */
  description?: string,
  messages: Array<PromptMessage>,
}
export type ReadResourceResultContentsItem = ReadResourceResultContentsItemTextResourceContents | ReadResourceResultContentsItemBlobResourceContents;
export interface ReadResourceResultContentsItemTextResourceContents {
  tag: 'text-resource-contents',
  val: TextResourceContents,
}
export interface ReadResourceResultContentsItemBlobResourceContents {
  tag: 'blob-resource-contents',
  val: BlobResourceContents,
}
/**
 * The result returned by the server for a {@link ReadResourceRequestresources/read} request.
 */
export interface ReadResourceResult {
  meta?: ResultMetaObject,
  /**
   * Indicates the intended scope of the cached response, analogous to HTTP
   * `Cache-Control: public` vs `Cache-Control: private`.
   * 
   * - `"public"`: The response does not contain user-specific data. Any
   *   client or intermediary (e.g., shared gateway, caching proxy) MAY cache
   *   the response and serve it across authorization contexts.
   * - `"private"`: The response MAY be cached and reused only within the
   *   same authorization context. Caches MUST NOT be shared across
   *   authorization contexts (e.g., a different access token requires a
   *   different cache).
   */
  cacheScope: CacheScope,
  contents: Array<ReadResourceResultContentsItem>,
  /**
   * A hint from the server indicating how long (in milliseconds) the
   * client MAY cache this response before re-fetching. Semantics are
   * analogous to HTTP Cache-Control max-age.
   * 
   * - If 0, The response SHOULD be considered immediately stale,
   *   The client MAY re-fetch every time the result is needed.
   * - If positive, the client SHOULD consider the result fresh for this many
   *   milliseconds after receiving the response.
   */
  ttlMs: bigint,
}
export interface TitledMultiSelectEnumSchemaItemsAnyOfItem {
  /**
   * The constant enum value.
   */
  'const': string,
  /**
   * Display title for this option.
   */
  title: string,
}
/**
 * Schema for array items with enum options and display labels.
 */
export interface TitledMultiSelectEnumSchemaItems {
  /**
   * Array of enum options with values and display labels.
   */
  anyOf: Array<TitledMultiSelectEnumSchemaItemsAnyOfItem>,
}
/**
 * Schema for multiple-selection enumeration with display titles for each option.
 */
export interface TitledMultiSelectEnumSchema {
  /**
   * Optional default value.
   */
  'default'?: Array<string>,
  /**
   * Optional description for the enum field.
   */
  description?: string,
  /**
   * Schema for array items with enum options and display labels.
   */
  items: TitledMultiSelectEnumSchemaItems,
  /**
   * Maximum number of items to select.
   */
  maxItems?: bigint,
  /**
   * Minimum number of items to select.
   */
  minItems?: bigint,
  /**
   * Optional title for the enum field.
   */
  title?: string,
}
export interface TitledSingleSelectEnumSchemaOneOfItem {
  /**
   * The enum value.
   */
  'const': string,
  /**
   * Display label for this option.
   */
  title: string,
}
/**
 * Schema for single-selection enumeration with display titles for each option.
 */
export interface TitledSingleSelectEnumSchema {
  /**
   * Optional default value.
   */
  'default'?: string,
  /**
   * Optional description for the enum field.
   */
  description?: string,
  /**
   * Array of enum options with values and display labels.
   */
  oneOf: Array<TitledSingleSelectEnumSchemaOneOfItem>,
  /**
   * Optional title for the enum field.
   */
  title?: string,
}
/**
 * Additional properties describing a {@link Tool} to clients.
 * 
 * NOTE: all properties in `ToolAnnotations` are **hints**.
 * They are not guaranteed to provide a faithful description of
 * tool behavior (including descriptive properties like `title`).
 * 
 * Clients should never make tool use decisions based on `ToolAnnotations`
 * received from untrusted servers.
 */
export interface ToolAnnotations {
  /**
   * If true, the tool may perform destructive updates to its environment.
   * If false, the tool performs only additive updates.
   * 
   * (This property is meaningful only when `readOnlyHint == false`)
   * 
   * Default: true
   */
  destructiveHint?: boolean,
  /**
   * If true, calling the tool repeatedly with the same arguments
   * will have no additional effect on its environment.
   * 
   * (This property is meaningful only when `readOnlyHint == false`)
   * 
   * Default: false
   */
  idempotentHint?: boolean,
  /**
   * If true, this tool may interact with an "open world" of external
   * entities. If false, the tool's domain of interaction is closed.
   * For example, the world of a web search tool is open, whereas that
   * of a memory tool is not.
   * 
   * Default: true
   */
  openWorldHint?: boolean,
  /**
   * If true, the tool does not modify its environment.
   * 
   * Default: false
   */
  readOnlyHint?: boolean,
  /**
   * A human-readable title for the tool.
   */
  title?: string,
}
/**
 * Definition for a tool the client can call.
 */
export interface Tool {
  meta?: Json,
  /**
   * Optional additional tool information.
   * 
   * Display name precedence order is: `title`, `annotations.title`, then `name`.
   */
  annotations?: ToolAnnotations,
  /**
   * A human-readable description of the tool.
   * 
   * This can be used by clients to improve the LLM's understanding of available tools. It can be thought of like a "hint" to the model.
   */
  description?: string,
  /**
   * Optional set of sized icons that the client can display in a user interface.
   * 
   * Clients that support rendering icons MUST support at least the following MIME types:
   * - `image/png` - PNG images (safe, universal compatibility)
   * - `image/jpeg` (and `image/jpg`) - JPEG images (safe, universal compatibility)
   * 
   * Clients that support rendering icons SHOULD also support:
   * - `image/svg+xml` - SVG images (scalable but requires security precautions)
   * - `image/webp` - WebP images (modern, efficient format)
   */
  icons?: Array<Icon>,
  /**
   * A JSON Schema object defining the expected parameters for the tool.
   * 
   * Tool arguments are always JSON objects, so `type: "object"` is required at the root.
   * Beyond that, any JSON Schema 2020-12 keyword may appear alongside `type` — including
   * composition keywords (`oneOf`, `anyOf`, `allOf`, `not`), conditional keywords
   * (`if`/`then`/`else`), reference keywords (`$ref`, `$defs`, `$anchor`), and any other
   * standard validation or annotation keywords.
   * 
   * Property schemas may carry an `x-mcp-header` annotation to mirror the
   * argument value into an HTTP header on the Streamable HTTP transport. See
   * the Streamable HTTP transport specification for the validity and
   * extraction rules.
   * 
   * Defaults to JSON Schema 2020-12 when no explicit `$schema` is provided.
   */
  inputSchema: Json,
  /**
   * Intended for programmatic or logical use, but used as a display name in past specs or fallback (if title isn't present).
   */
  name: string,
  /**
   * An optional JSON Schema object defining the structure of the tool's output returned in
   * the structuredContent field of a {@link CallToolResult}. This can be any valid JSON Schema 2020-12.
   * 
   * Defaults to JSON Schema 2020-12 when no explicit `$schema` is provided.
   */
  outputSchema?: Json,
  /**
   * Intended for UI and end-user contexts — optimized to be human-readable and easily understood,
   * even by those unfamiliar with domain-specific terminology.
   * 
   * If not provided, the name should be used for display (except for {@link Tool},
   * where `annotations.title` should be given precedence over using `name`,
   * if present).
   */
  title?: string,
}
/**
 * The result returned by the server for a {@link ListToolsRequesttools/list} request.
 */
export interface ListToolsResult {
  meta?: ResultMetaObject,
  /**
   * Indicates the intended scope of the cached response, analogous to HTTP
   * `Cache-Control: public` vs `Cache-Control: private`.
   * 
   * - `"public"`: The response does not contain user-specific data. Any
   *   client or intermediary (e.g., shared gateway, caching proxy) MAY cache
   *   the response and serve it across authorization contexts.
   * - `"private"`: The response MAY be cached and reused only within the
   *   same authorization context. Caches MUST NOT be shared across
   *   authorization contexts (e.g., a different access token requires a
   *   different cache).
   */
  cacheScope: CacheScope,
  /**
   * An opaque token representing the pagination position after the last returned result.
   * If present, there may be more results available.
   */
  nextCursor?: string,
  tools: Array<Tool>,
  /**
   * A hint from the server indicating how long (in milliseconds) the
   * client MAY cache this response before re-fetching. Semantics are
   * analogous to HTTP Cache-Control max-age.
   * 
   * - If 0, The response SHOULD be considered immediately stale,
   *   The client MAY re-fetch every time the result is needed.
   * - If positive, the client SHOULD consider the result fresh for this many
   *   milliseconds after receiving the response.
   */
  ttlMs: bigint,
}
/**
 * Controls the tool use ability of the model:
 * - `"auto"`: Model decides whether to use tools (default)
 * - `"required"`: Model MUST use at least one tool before completing
 * - `"none"`: Model MUST NOT use any tools
 * # Variants
 * 
 * ## `"auto"`
 * 
 * ## `"none"`
 * 
 * ## `"required"`
 */
export type ToolChoiceMode = 'auto' | 'none' | 'required';
/**
 * Controls tool selection behavior for sampling requests.
 */
export interface ToolChoice {
  /**
   * Controls the tool use ability of the model:
   * - `"auto"`: Model decides whether to use tools (default)
   * - `"required"`: Model MUST use at least one tool before completing
   * - `"none"`: Model MUST NOT use any tools
   */
  mode?: ToolChoiceMode,
}
/**
 * The result of a tool use, provided by the user back to the assistant.
 */
export interface ToolResultContent {
  /**
   * Optional metadata about the tool result. Clients SHOULD preserve this field when
   * including tool results in subsequent sampling requests to enable caching optimizations.
   */
  meta?: Json,
  /**
   * The unstructured result content of the tool use.
   * 
   * This has the same format as {@link CallToolResult.content} and can include text, images,
   * audio, resource links, and embedded resources.
   */
  content: Array<ContentBlock>,
  /**
   * Whether the tool use resulted in an error.
   * 
   * If true, the content typically describes the error that occurred.
   * Default: false
   */
  isError?: boolean,
  /**
   * An optional structured result value.
   * 
   * This can be any JSON value (object, array, string, number, boolean, or null).
   * If the tool defined an {@link Tool.outputSchema}, this SHOULD conform to that schema.
   */
  structuredContent?: Json,
  /**
   * The ID of the tool use this result corresponds to.
   * 
   * This MUST match the ID from a previous {@link ToolUseContent}.
   */
  toolUseId: string,
}
/**
 * A request from the assistant to call a tool.
 */
export interface ToolUseContent {
  /**
   * Optional metadata about the tool use. Clients SHOULD preserve this field when
   * including tool uses in subsequent sampling requests to enable caching optimizations.
   */
  meta?: Json,
  /**
   * A unique identifier for this tool use.
   * 
   * This ID is used to match tool results to their corresponding tool uses.
   */
  id: string,
  /**
   * The arguments to pass to the tool, conforming to the tool's input schema.
   */
  input: Json,
  /**
   * The name of the tool to call.
   */
  name: string,
}
export type SamplingMessageContentBlock = SamplingMessageContentBlockText | SamplingMessageContentBlockImage | SamplingMessageContentBlockAudio | SamplingMessageContentBlockToolUse | SamplingMessageContentBlockToolResult;
export interface SamplingMessageContentBlockText {
  tag: 'text',
  val: TextContent,
}
export interface SamplingMessageContentBlockImage {
  tag: 'image',
  val: ImageContent,
}
export interface SamplingMessageContentBlockAudio {
  tag: 'audio',
  val: AudioContent,
}
export interface SamplingMessageContentBlockToolUse {
  tag: 'tool-use',
  val: ToolUseContent,
}
export interface SamplingMessageContentBlockToolResult {
  tag: 'tool-result',
  val: ToolResultContent,
}
export type CreateMessageResultContent = CreateMessageResultContentTextContent | CreateMessageResultContentImageContent | CreateMessageResultContentAudioContent | CreateMessageResultContentToolUseContent | CreateMessageResultContentToolResultContent | CreateMessageResultContentArray;
export interface CreateMessageResultContentTextContent {
  tag: 'text-content',
  val: TextContent,
}
export interface CreateMessageResultContentImageContent {
  tag: 'image-content',
  val: ImageContent,
}
export interface CreateMessageResultContentAudioContent {
  tag: 'audio-content',
  val: AudioContent,
}
export interface CreateMessageResultContentToolUseContent {
  tag: 'tool-use-content',
  val: ToolUseContent,
}
export interface CreateMessageResultContentToolResultContent {
  tag: 'tool-result-content',
  val: ToolResultContent,
}
export interface CreateMessageResultContentArray {
  tag: 'array',
  val: Array<SamplingMessageContentBlock>,
}
/**
 * The result returned by the client for a {@link CreateMessageRequestsampling/createMessage} request.
 * The client should inform the user before returning the sampled message, to allow them
 * to inspect the response (human in the loop) and decide whether to allow the server to see it.
 */
export interface CreateMessageResult {
  meta?: Json,
  content: CreateMessageResultContent,
  /**
   * The name of the model that generated the message.
   */
  model: string,
  role: Role,
  /**
   * The reason why sampling stopped, if known.
   * 
   * Standard values:
   * - `"endTurn"`: Natural end of the assistant's turn
   * - `"stopSequence"`: A stop sequence was encountered
   * - `"maxTokens"`: Maximum token limit was reached
   * - `"toolUse"`: The model wants to use one or more tools
   * 
   * This field is an open string to allow for provider-specific stop reasons.
   */
  stopReason?: string,
}
export type InputResponse = InputResponseCreateMessageResult | InputResponseListRootsResult | InputResponseElicitResult;
export interface InputResponseCreateMessageResult {
  tag: 'create-message-result',
  val: CreateMessageResult,
}
export interface InputResponseListRootsResult {
  tag: 'list-roots-result',
  val: ListRootsResult,
}
export interface InputResponseElicitResult {
  tag: 'elicit-result',
  val: ElicitResult,
}
/**
 * A map of client responses to server-initiated requests.
 * Keys correspond to the keys in the {@link InputRequests} map;
 * values are the client's result for each request.
 */
export type InputResponses = Array<[string, InputResponse]>;
export type SamplingMessageContent = SamplingMessageContentTextContent | SamplingMessageContentImageContent | SamplingMessageContentAudioContent | SamplingMessageContentToolUseContent | SamplingMessageContentToolResultContent | SamplingMessageContentArray;
export interface SamplingMessageContentTextContent {
  tag: 'text-content',
  val: TextContent,
}
export interface SamplingMessageContentImageContent {
  tag: 'image-content',
  val: ImageContent,
}
export interface SamplingMessageContentAudioContent {
  tag: 'audio-content',
  val: AudioContent,
}
export interface SamplingMessageContentToolUseContent {
  tag: 'tool-use-content',
  val: ToolUseContent,
}
export interface SamplingMessageContentToolResultContent {
  tag: 'tool-result-content',
  val: ToolResultContent,
}
export interface SamplingMessageContentArray {
  tag: 'array',
  val: Array<SamplingMessageContentBlock>,
}
/**
 * Describes a message issued to or received from an LLM API.
 */
export interface SamplingMessage {
  meta?: Json,
  content: SamplingMessageContent,
  role: Role,
}
/**
 * Parameters for a `sampling/createMessage` request.
 */
export interface CreateMessageRequestParams {
  /**
   * A request to include context from one or more MCP servers (including the caller), to be attached to the prompt.
   * The client MAY ignore this request.
   * 
   * Default is `"none"`. The values `"thisServer"` and `"allServers"` are deprecated (SEP-2596): servers SHOULD
   * omit this field or use `"none"`, and SHOULD only use the deprecated values if the client declares
   * {@link ClientCapabilities.sampling.context}.
   */
  includeContext?: CreateMessageRequestParamsIncludeContext,
  /**
   * The requested maximum number of tokens to sample (to prevent runaway completions).
   * 
   * The client MAY choose to sample fewer tokens than the requested maximum.
   */
  maxTokens: bigint,
  messages: Array<SamplingMessage>,
  /**
   * Optional metadata to pass through to the LLM provider. The format of this metadata is provider-specific.
   */
  metadata?: Json,
  /**
   * The server's preferences for which model to select. The client MAY ignore these preferences.
   */
  modelPreferences?: ModelPreferences,
  stopSequences?: Array<string>,
  /**
   * An optional system prompt the server wants to use for sampling. The client MAY modify or omit this prompt.
   */
  systemPrompt?: string,
  temperature?: number,
  /**
   * Controls how the model uses tools.
   * The client MUST return an error if this field is provided but {@link ClientCapabilities.sampling.tools} is not declared.
   * Default is `{ mode: "auto" }`.
   */
  toolChoice?: ToolChoice,
  /**
   * Tools that the model may use during generation.
   * The client MUST return an error if this field is provided but {@link ClientCapabilities.sampling.tools} is not declared.
   */
  tools?: Array<Tool>,
}
/**
 * A request from the server to sample an LLM via the client. The client has full discretion over which model to select. The client should also inform the user before beginning sampling, to allow them to inspect the request (human in the loop) and decide whether to approve it.
 */
export interface CreateMessageRequest {
  params: CreateMessageRequestParams,
}
/**
 * Schema for the array items.
 */
export interface UntitledMultiSelectEnumSchemaItems {
  /**
   * Array of enum values to choose from.
   */
  'enum': Array<string>,
}
/**
 * Schema for multiple-selection enumeration without display titles for options.
 */
export interface UntitledMultiSelectEnumSchema {
  /**
   * Optional default value.
   */
  'default'?: Array<string>,
  /**
   * Optional description for the enum field.
   */
  description?: string,
  /**
   * Schema for the array items.
   */
  items: UntitledMultiSelectEnumSchemaItems,
  /**
   * Maximum number of items to select.
   */
  maxItems?: bigint,
  /**
   * Minimum number of items to select.
   */
  minItems?: bigint,
  /**
   * Optional title for the enum field.
   */
  title?: string,
}
export type MultiSelectEnumSchema = MultiSelectEnumSchemaUntitledMultiSelectEnumSchema | MultiSelectEnumSchemaTitledMultiSelectEnumSchema;
export interface MultiSelectEnumSchemaUntitledMultiSelectEnumSchema {
  tag: 'untitled-multi-select-enum-schema',
  val: UntitledMultiSelectEnumSchema,
}
export interface MultiSelectEnumSchemaTitledMultiSelectEnumSchema {
  tag: 'titled-multi-select-enum-schema',
  val: TitledMultiSelectEnumSchema,
}
/**
 * Schema for single-selection enumeration without display titles for options.
 */
export interface UntitledSingleSelectEnumSchema {
  /**
   * Optional default value.
   */
  'default'?: string,
  /**
   * Optional description for the enum field.
   */
  description?: string,
  /**
   * Array of enum values to choose from.
   */
  'enum': Array<string>,
  /**
   * Optional title for the enum field.
   */
  title?: string,
}
export type EnumSchema = EnumSchemaUntitledSingleSelectEnumSchema | EnumSchemaTitledSingleSelectEnumSchema | EnumSchemaUntitledMultiSelectEnumSchema | EnumSchemaTitledMultiSelectEnumSchema | EnumSchemaLegacyTitledEnumSchema;
export interface EnumSchemaUntitledSingleSelectEnumSchema {
  tag: 'untitled-single-select-enum-schema',
  val: UntitledSingleSelectEnumSchema,
}
export interface EnumSchemaTitledSingleSelectEnumSchema {
  tag: 'titled-single-select-enum-schema',
  val: TitledSingleSelectEnumSchema,
}
export interface EnumSchemaUntitledMultiSelectEnumSchema {
  tag: 'untitled-multi-select-enum-schema',
  val: UntitledMultiSelectEnumSchema,
}
export interface EnumSchemaTitledMultiSelectEnumSchema {
  tag: 'titled-multi-select-enum-schema',
  val: TitledMultiSelectEnumSchema,
}
export interface EnumSchemaLegacyTitledEnumSchema {
  tag: 'legacy-titled-enum-schema',
  val: LegacyTitledEnumSchema,
}
/**
 * Restricted schema definitions that only allow primitive types
 * without nested objects or arrays.
 */
export type PrimitiveSchemaDefinition = PrimitiveSchemaDefinitionStringSchema | PrimitiveSchemaDefinitionNumberSchema | PrimitiveSchemaDefinitionBooleanSchema | PrimitiveSchemaDefinitionUntitledSingleSelectEnumSchema | PrimitiveSchemaDefinitionTitledSingleSelectEnumSchema | PrimitiveSchemaDefinitionUntitledMultiSelectEnumSchema | PrimitiveSchemaDefinitionTitledMultiSelectEnumSchema | PrimitiveSchemaDefinitionLegacyTitledEnumSchema;
export interface PrimitiveSchemaDefinitionStringSchema {
  tag: 'string-schema',
  val: StringSchema,
}
export interface PrimitiveSchemaDefinitionNumberSchema {
  tag: 'number-schema',
  val: NumberSchema,
}
export interface PrimitiveSchemaDefinitionBooleanSchema {
  tag: 'boolean-schema',
  val: BooleanSchema,
}
export interface PrimitiveSchemaDefinitionUntitledSingleSelectEnumSchema {
  tag: 'untitled-single-select-enum-schema',
  val: UntitledSingleSelectEnumSchema,
}
export interface PrimitiveSchemaDefinitionTitledSingleSelectEnumSchema {
  tag: 'titled-single-select-enum-schema',
  val: TitledSingleSelectEnumSchema,
}
export interface PrimitiveSchemaDefinitionUntitledMultiSelectEnumSchema {
  tag: 'untitled-multi-select-enum-schema',
  val: UntitledMultiSelectEnumSchema,
}
export interface PrimitiveSchemaDefinitionTitledMultiSelectEnumSchema {
  tag: 'titled-multi-select-enum-schema',
  val: TitledMultiSelectEnumSchema,
}
export interface PrimitiveSchemaDefinitionLegacyTitledEnumSchema {
  tag: 'legacy-titled-enum-schema',
  val: LegacyTitledEnumSchema,
}
/**
 * A restricted subset of JSON Schema.
 * Only top-level properties are allowed, without nesting.
 */
export interface ElicitRequestFormParamsRequestedSchema {
  schema?: string,
  properties: Array<[string, PrimitiveSchemaDefinition]>,
  required?: Array<string>,
}
/**
 * The parameters for a request to elicit non-sensitive information from the user via a form in the client.
 */
export interface ElicitRequestFormParams {
  /**
   * The message to present to the user describing what information is being requested.
   */
  message: string,
  /**
   * The elicitation mode.
   */
  mode?: string,
  /**
   * A restricted subset of JSON Schema.
   * Only top-level properties are allowed, without nesting.
   */
  requestedSchema: ElicitRequestFormParamsRequestedSchema,
}
/**
 * The parameters for a request to elicit additional information from the user via the client.
 */
export type ElicitRequestParams = ElicitRequestParamsElicitRequestFormParams | ElicitRequestParamsElicitRequestUrlParams;
export interface ElicitRequestParamsElicitRequestFormParams {
  tag: 'elicit-request-form-params',
  val: ElicitRequestFormParams,
}
export interface ElicitRequestParamsElicitRequestUrlParams {
  tag: 'elicit-request-url-params',
  val: ElicitRequestUrlParams,
}
/**
 * A request from the server to elicit additional information from the user via the client.
 */
export interface ElicitRequest {
  params: ElicitRequestParams,
}
export type InputRequest = InputRequestSamplingCreateMessage | InputRequestRootsList | InputRequestElicitationCreate;
export interface InputRequestSamplingCreateMessage {
  tag: 'sampling-create-message',
  val: CreateMessageRequest,
}
export interface InputRequestRootsList {
  tag: 'roots-list',
  val: ListRootsRequest,
}
export interface InputRequestElicitationCreate {
  tag: 'elicitation-create',
  val: ElicitRequest,
}
/**
 * A map of server-initiated requests that the client must fulfill.
 * Keys are server-assigned identifiers; values are the request objects.
 */
export type InputRequests = Array<[string, InputRequest]>;
/**
 * An InputRequiredResult sent by the server to indicate that additional input is needed
 * before the request can be completed.
 * 
 * At least one of `inputRequests` or `requestState` MUST be present.
 */
export interface InputRequiredResult {
  meta?: ResultMetaObject,
  inputRequests?: InputRequests,
  requestState?: string,
}
export type CallToolOutcome = CallToolOutcomeInputRequired | CallToolOutcomeComplete;
export interface CallToolOutcomeInputRequired {
  tag: 'input-required',
  val: InputRequiredResult,
}
export interface CallToolOutcomeComplete {
  tag: 'complete',
  val: CallToolResult,
}
export type GetPromptOutcome = GetPromptOutcomeInputRequired | GetPromptOutcomeComplete;
export interface GetPromptOutcomeInputRequired {
  tag: 'input-required',
  val: InputRequiredResult,
}
export interface GetPromptOutcomeComplete {
  tag: 'complete',
  val: GetPromptResult,
}
export type ReadResourceOutcome = ReadResourceOutcomeInputRequired | ReadResourceOutcomeComplete;
export interface ReadResourceOutcomeInputRequired {
  tag: 'input-required',
  val: InputRequiredResult,
}
export interface ReadResourceOutcomeComplete {
  tag: 'complete',
  val: ReadResourceResult,
}
export type SingleSelectEnumSchema = SingleSelectEnumSchemaUntitledSingleSelectEnumSchema | SingleSelectEnumSchemaTitledSingleSelectEnumSchema;
export interface SingleSelectEnumSchemaUntitledSingleSelectEnumSchema {
  tag: 'untitled-single-select-enum-schema',
  val: UntitledSingleSelectEnumSchema,
}
export interface SingleSelectEnumSchemaTitledSingleSelectEnumSchema {
  tag: 'titled-single-select-enum-schema',
  val: TitledSingleSelectEnumSchema,
}

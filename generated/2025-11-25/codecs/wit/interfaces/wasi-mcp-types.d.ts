/** @module Interface wasi:mcp/types@0.1.0-preview2 **/
/**
 * A JSON value, as UTF-8 JSON text. Carries what MCP leaves open: tool arguments, input and output
 * schemas, structured content, `_meta`, experimental capabilities.
 */
export type Json = Uint8Array;
/**
 * Base interface for metadata with name (identifier) and title (display name) properties.
 */
export interface BaseMetadata {
  /**
   * Intended for programmatic or logical use, but used as a display name in past specs or fallback (if title isn't present).
   */
  name: string,
  /**
   * Intended for UI and end-user contexts — optimized to be human-readable and easily understood,
   * even by those unfamiliar with domain-specific terminology.
   * 
   * If not provided, the name should be used for display (except for Tool,
   * where `annotations.title` should be given precedence over using `name`,
   * if present).
   */
  title?: string,
}
export interface BlobResourceContents {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
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
 * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
 */
export type CallToolRequestParamsMeta = Json;
/**
 * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
 */
export type CancelTaskRequestParamsMeta = Json;
/**
 * The response to a tasks/cancel request.
 */
export type CancelTaskResult = Json;
/**
 * Present if the client supports elicitation from the server.
 */
export interface ClientCapabilitiesElicitation {
  form?: Json,
  url?: Json,
}
/**
 * Present if the client supports listing roots.
 */
export interface ClientCapabilitiesRoots {
  /**
   * Whether the client supports notifications for changes to the roots list.
   */
  listChanged?: boolean,
}
/**
 * Present if the client supports sampling from an LLM.
 */
export interface ClientCapabilitiesSampling {
  /**
   * Whether the client supports context inclusion via includeContext parameter.
   * If not declared, servers SHOULD only use `includeContext: "none"` (or omit it).
   */
  context?: Json,
  /**
   * Whether the client supports tool use via tools and toolChoice parameters.
   */
  tools?: Json,
}
/**
 * Task support for elicitation-related requests.
 */
export interface ClientCapabilitiesTasksRequestsElicitation {
  /**
   * Whether the client supports task-augmented elicitation/create requests.
   */
  create?: Json,
}
/**
 * Task support for sampling-related requests.
 */
export interface ClientCapabilitiesTasksRequestsSampling {
  /**
   * Whether the client supports task-augmented sampling/createMessage requests.
   */
  createMessage?: Json,
}
/**
 * Specifies which request types can be augmented with tasks.
 */
export interface ClientCapabilitiesTasksRequests {
  /**
   * Task support for elicitation-related requests.
   */
  elicitation?: ClientCapabilitiesTasksRequestsElicitation,
  /**
   * Task support for sampling-related requests.
   */
  sampling?: ClientCapabilitiesTasksRequestsSampling,
}
/**
 * Present if the client supports task-augmented requests.
 */
export interface ClientCapabilitiesTasks {
  /**
   * Whether this client supports tasks/cancel.
   */
  cancel?: Json,
  /**
   * Whether this client supports tasks/list.
   */
  list?: Json,
  /**
   * Specifies which request types can be augmented with tasks.
   */
  requests?: ClientCapabilitiesTasksRequests,
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
  experimental?: Json,
  /**
   * Present if the client supports listing roots.
   */
  roots?: ClientCapabilitiesRoots,
  /**
   * Present if the client supports sampling from an LLM.
   */
  sampling?: ClientCapabilitiesSampling,
  /**
   * Present if the client supports task-augmented requests.
   */
  tasks?: ClientCapabilitiesTasks,
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
/**
 * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
 */
export type CompleteRequestParamsMeta = Json;
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
 * The server's response to a completion/complete request
 */
export interface CompleteResult {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  completion: CompleteResultCompletion,
}
/**
 * A request to include context from one or more MCP servers (including the caller), to be attached to the prompt.
 * The client MAY ignore this request.
 * 
 * Default is "none". Values "thisServer" and "allServers" are soft-deprecated. Servers SHOULD only use these values if the client
 * declares ClientCapabilities.sampling.context. These values may be removed in future spec releases.
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
 * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
 */
export type CreateMessageRequestParamsMeta = Json;
/**
 * An opaque token used to represent a cursor for pagination.
 */
export type Cursor = string;
/**
 * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
 */
export type ElicitRequestFormParamsMeta = Json;
/**
 * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
 */
export type ElicitRequestUrlParamsMeta = Json;
/**
 * The user action in response to the elicitation.
 * - "accept": User submitted the form/confirmed the action
 * - "decline": User explicitly decline the action
 * - "cancel": User dismissed without making an explicit choice
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
 * The client's response to an elicitation request.
 */
export interface ElicitResult {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  /**
   * The user action in response to the elicitation.
   * - "accept": User submitted the form/confirmed the action
   * - "decline": User explicitly decline the action
   * - "cancel": User dismissed without making an explicit choice
   */
  action: ElicitResultAction,
  /**
   * The submitted form data, only present when action is "accept" and mode was "form".
   * Contains values matching the requested schema.
   * Omitted for out-of-band mode responses.
   */
  content?: Array<[string, ElicitResultContentValue]>,
}
export interface Error {
  /**
   * The error type that occurred.
   */
  code: bigint,
  /**
   * Additional information about the error. The value of this member is defined by the sender (e.g. detailed error information, nested errors etc.).
   */
  data?: Json,
  /**
   * A short description of the error. The message SHOULD be limited to a concise single sentence.
   */
  message: string,
}
/**
 * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
 */
export type GetPromptRequestParamsMeta = Json;
/**
 * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
 */
export type GetTaskPayloadRequestParamsMeta = Json;
/**
 * The response to a tasks/result request.
 * The structure matches the result type of the original request.
 * For example, a tools/call task would return the CallToolResult structure.
 */
export type GetTaskPayloadResult = Json;
/**
 * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
 */
export type GetTaskRequestParamsMeta = Json;
/**
 * The response to a tasks/get request.
 */
export type GetTaskResult = Json;
/**
 * Optional specifier for the theme this icon is designed for. `light` indicates
 * the icon is designed to be used with a light background, and `dark` indicates
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
   * Consumers SHOULD takes steps to ensure URLs serving icons are from the
   * same domain as the client/server or a trusted domain.
   * 
   * Consumers SHOULD take appropriate precautions when consuming SVGs as they can contain
   * executable JavaScript.
   */
  src: string,
  /**
   * Optional specifier for the theme this icon is designed for. `light` indicates
   * the icon is designed to be used with a light background, and `dark` indicates
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
   * If not provided, the name should be used for display (except for Tool,
   * where `annotations.title` should be given precedence over using `name`,
   * if present).
   */
  title?: string,
  version: string,
  /**
   * An optional URL of the website for this implementation.
   */
  websiteUrl?: string,
}
/**
 * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
 */
export type InitializeRequestParamsMeta = Json;
/**
 * Use TitledSingleSelectEnumSchema instead.
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
export interface Notification {
  method: string,
  params?: Json,
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
 * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
 */
export type PaginatedRequestParamsMeta = Json;
export interface PaginatedResult {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  /**
   * An opaque token representing the pagination position after the last returned result.
   * If present, there may be more results available.
   */
  nextCursor?: string,
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
   * If not provided, the name should be used for display (except for Tool,
   * where `annotations.title` should be given precedence over using `name`,
   * if present).
   */
  title?: string,
}
/**
 * A prompt or prompt template that the server offers.
 */
export interface Prompt {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
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
   * If not provided, the name should be used for display (except for Tool,
   * where `annotations.title` should be given precedence over using `name`,
   * if present).
   */
  title?: string,
}
/**
 * The server's response to a prompts/list request from the client.
 */
export interface ListPromptsResult {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  /**
   * An opaque token representing the pagination position after the last returned result.
   * If present, there may be more results available.
   */
  nextCursor?: string,
  prompts: Array<Prompt>,
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
   * If not provided, the name should be used for display (except for Tool,
   * where `annotations.title` should be given precedence over using `name`,
   * if present).
   */
  title?: string,
}
/**
 * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
 */
export type ReadResourceRequestParamsMeta = Json;
/**
 * Metadata for associating messages with a task.
 * Include this in the `_meta` field under the key `io.modelcontextprotocol/related-task`.
 */
export interface RelatedTaskMetadata {
  /**
   * The task identifier this message is associated with.
   */
  taskId: string,
}
export interface Request {
  method: string,
  params?: Json,
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
 * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
 */
export type RequestParamsMeta = Json;
/**
 * The contents of a specific resource or sub-resource.
 */
export interface ResourceContents {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
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
 * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
 */
export type ResourceRequestParamsMeta = Json;
/**
 * Common parameters when working with resources.
 */
export interface ResourceRequestParams {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: ResourceRequestParamsMeta,
  /**
   * The URI of the resource. The URI can use any protocol; it is up to the server how to interpret it.
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
export type Result = Json;
export type EmptyResult = Result;
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
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
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
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
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
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
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
   * If not provided, the name should be used for display (except for Tool,
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
 * The server's response to a resources/list request from the client.
 */
export interface ListResourcesResult {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  /**
   * An opaque token representing the pagination position after the last returned result.
   * If present, there may be more results available.
   */
  nextCursor?: string,
  resources: Array<Resource>,
}
/**
 * A resource that the server is capable of reading, included in a prompt or tool call result.
 * 
 * Note: resource links returned by tools are not guaranteed to appear in the results of `resources/list` requests.
 */
export interface ResourceLink {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
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
   * If not provided, the name should be used for display (except for Tool,
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
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
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
   * If not provided, the name should be used for display (except for Tool,
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
 * The server's response to a resources/templates/list request from the client.
 */
export interface ListResourceTemplatesResult {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  /**
   * An opaque token representing the pagination position after the last returned result.
   * If present, there may be more results available.
   */
  nextCursor?: string,
  resourceTemplates: Array<ResourceTemplate>,
}
/**
 * Represents a root directory or file that the server can operate on.
 */
export interface Root {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  /**
   * An optional name for the root. This can be used to provide a human-readable
   * identifier for the root, which may be useful for display purposes or for
   * referencing the root in other parts of the application.
   */
  name?: string,
  /**
   * The URI identifying the root. This *must* start with file:// for now.
   * This restriction may be relaxed in future versions of the protocol to allow
   * other URI schemes.
   */
  uri: string,
}
/**
 * The client's response to a roots/list request from the server.
 * This result contains an array of Root objects, each representing a root directory
 * or file that the server can operate on.
 */
export interface ListRootsResult {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
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
 * Task support for tool-related requests.
 */
export interface ServerCapabilitiesTasksRequestsTools {
  /**
   * Whether the server supports task-augmented tools/call requests.
   */
  call?: Json,
}
/**
 * Specifies which request types can be augmented with tasks.
 */
export interface ServerCapabilitiesTasksRequests {
  /**
   * Task support for tool-related requests.
   */
  tools?: ServerCapabilitiesTasksRequestsTools,
}
/**
 * Present if the server supports task-augmented requests.
 */
export interface ServerCapabilitiesTasks {
  /**
   * Whether this server supports tasks/cancel.
   */
  cancel?: Json,
  /**
   * Whether this server supports tasks/list.
   */
  list?: Json,
  /**
   * Specifies which request types can be augmented with tasks.
   */
  requests?: ServerCapabilitiesTasksRequests,
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
  experimental?: Json,
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
   * Present if the server supports task-augmented requests.
   */
  tasks?: ServerCapabilitiesTasks,
  /**
   * Present if the server offers any tools to call.
   */
  tools?: ServerCapabilitiesTools,
}
/**
 * After receiving an initialize request from the client, the server sends this response.
 */
export interface InitializeResult {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  capabilities: ServerCapabilities,
  /**
   * Instructions describing how to use the server and its features.
   * 
   * This can be used by clients to improve the LLM's understanding of available tools, resources, etc. It can be thought of like a "hint" to the model. For example, this information MAY be added to the system prompt.
   */
  instructions?: string,
  /**
   * The version of the Model Context Protocol that the server wants to use. This may not match the version that the client requested. If the client cannot support this version, it MUST disconnect.
   */
  protocolVersion: string,
  serverInfo: Implementation,
}
/**
 * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
 */
export type SetLevelRequestParamsMeta = Json;
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
 * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
 */
export type SubscribeRequestParamsMeta = Json;
/**
 * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
 */
export type TaskAugmentedRequestParamsMeta = Json;
/**
 * Metadata for augmenting a request with task execution.
 * Include this in the `task` field of the request parameters.
 */
export interface TaskMetadata {
  /**
   * Requested duration in milliseconds to retain task from creation.
   */
  ttl?: bigint,
}
/**
 * The parameters for a request to elicit information from the user via a URL in the client.
 */
export interface ElicitRequestUrlParams {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: ElicitRequestUrlParamsMeta,
  /**
   * The ID of the elicitation, which must be unique within the context of the server.
   * The client MUST treat this ID as an opaque value.
   */
  elicitationId: string,
  /**
   * The message to present to the user explaining why the interaction is needed.
   */
  message: string,
  /**
   * If specified, the caller is requesting task-augmented execution for this request.
   * The request will return a CreateTaskResult immediately, and the actual result can be
   * retrieved later via tasks/result.
   * 
   * Task augmentation is subject to capability negotiation - receivers MUST declare support
   * for task augmentation of specific request types in their capabilities.
   */
  task?: TaskMetadata,
  /**
   * The URL that the user should navigate to.
   */
  url: string,
}
/**
 * Common params for any task-augmented request.
 */
export interface TaskAugmentedRequestParams {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: TaskAugmentedRequestParamsMeta,
  /**
   * If specified, the caller is requesting task-augmented execution for this request.
   * The request will return a CreateTaskResult immediately, and the actual result can be
   * retrieved later via tasks/result.
   * 
   * Task augmentation is subject to capability negotiation - receivers MUST declare support
   * for task augmentation of specific request types in their capabilities.
   */
  task?: TaskMetadata,
}
/**
 * The status of a task.
 * # Variants
 * 
 * ## `"cancelled"`
 * 
 * ## `"completed"`
 * 
 * ## `"failed"`
 * 
 * ## `"input-required"`
 * 
 * ## `"working"`
 */
export type TaskStatus = 'cancelled' | 'completed' | 'failed' | 'input-required' | 'working';
/**
 * Data associated with a task.
 */
export interface Task {
  /**
   * ISO 8601 timestamp when the task was created.
   */
  createdAt: string,
  /**
   * ISO 8601 timestamp when the task was last updated.
   */
  lastUpdatedAt: string,
  /**
   * Suggested polling interval in milliseconds.
   */
  pollInterval?: bigint,
  /**
   * Current task state.
   */
  status: TaskStatus,
  /**
   * Optional human-readable message describing the current task state.
   * This can provide context for any status, including:
   * - Reasons for "cancelled" status
   * - Summaries for "completed" status
   * - Diagnostic information for "failed" status (e.g., error details, what went wrong)
   */
  statusMessage?: string,
  /**
   * The task identifier.
   */
  taskId: string,
  /**
   * Actual retention duration from creation in milliseconds, null for unlimited.
   */
  ttl?: bigint,
}
/**
 * A response to a task-augmented request.
 */
export interface CreateTaskResult {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  task: Task,
}
export type ElicitRequestResult = ElicitRequestResultElicitResult | ElicitRequestResultCreateTaskResult;
export interface ElicitRequestResultElicitResult {
  tag: 'elicit-result',
  val: ElicitResult,
}
export interface ElicitRequestResultCreateTaskResult {
  tag: 'create-task-result',
  val: CreateTaskResult,
}
/**
 * The response to a tasks/list request.
 */
export interface ListTasksResult {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  /**
   * An opaque token representing the pagination position after the last returned result.
   * If present, there may be more results available.
   */
  nextCursor?: string,
  tasks: Array<Task>,
}
/**
 * Text provided to or from an LLM.
 */
export interface TextContent {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
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
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
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
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
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
 * The server's response to a tool call.
 */
export interface CallToolResult {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
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
   * An optional JSON object that represents the structured result of the tool call.
   */
  structuredContent?: Json,
}
export type CallToolRequestResult = CallToolRequestResultCallToolResult | CallToolRequestResultCreateTaskResult;
export interface CallToolRequestResultCallToolResult {
  tag: 'call-tool-result',
  val: CallToolResult,
}
export interface CallToolRequestResultCreateTaskResult {
  tag: 'create-task-result',
  val: CreateTaskResult,
}
/**
 * Describes a message returned as part of a prompt.
 * 
 * This is similar to `SamplingMessage`, but also supports the embedding of
 * resources from the MCP server.
 */
export interface PromptMessage {
  content: ContentBlock,
  role: Role,
}
/**
 * The server's response to a prompts/get request from the client.
 */
export interface GetPromptResult {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
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
 * The server's response to a resources/read request from the client.
 */
export interface ReadResourceResult {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  contents: Array<ReadResourceResultContentsItem>,
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
 * Additional properties describing a Tool to clients.
 * 
 * NOTE: all properties in ToolAnnotations are **hints**.
 * They are not guaranteed to provide a faithful description of
 * tool behavior (including descriptive properties like `title`).
 * 
 * Clients should never make tool use decisions based on ToolAnnotations
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
 * Controls the tool use ability of the model:
 * - "auto": Model decides whether to use tools (default)
 * - "required": Model MUST use at least one tool before completing
 * - "none": Model MUST NOT use any tools
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
   * - "auto": Model decides whether to use tools (default)
   * - "required": Model MUST use at least one tool before completing
   * - "none": Model MUST NOT use any tools
   */
  mode?: ToolChoiceMode,
}
/**
 * Indicates whether this tool supports task-augmented execution.
 * This allows clients to handle long-running operations through polling
 * the task system.
 * 
 * - "forbidden": Tool does not support task-augmented execution (default when absent)
 * - "optional": Tool may support task-augmented execution
 * - "required": Tool requires task-augmented execution
 * 
 * Default: "forbidden"
 * # Variants
 * 
 * ## `"forbidden"`
 * 
 * ## `"optional"`
 * 
 * ## `"required"`
 */
export type ToolExecutionTaskSupport = 'forbidden' | 'optional' | 'required';
/**
 * Execution-related properties for a tool.
 */
export interface ToolExecution {
  /**
   * Indicates whether this tool supports task-augmented execution.
   * This allows clients to handle long-running operations through polling
   * the task system.
   * 
   * - "forbidden": Tool does not support task-augmented execution (default when absent)
   * - "optional": Tool may support task-augmented execution
   * - "required": Tool requires task-augmented execution
   * 
   * Default: "forbidden"
   */
  taskSupport?: ToolExecutionTaskSupport,
}
/**
 * A JSON Schema object defining the expected parameters for the tool.
 */
export interface ToolInputSchema {
  schema?: string,
  properties?: Json,
  required?: Array<string>,
}
/**
 * An optional JSON Schema object defining the structure of the tool's output returned in
 * the structuredContent field of a CallToolResult.
 * 
 * Defaults to JSON Schema 2020-12 when no explicit $schema is provided.
 * Currently restricted to type: "object" at the root level.
 */
export interface ToolOutputSchema {
  schema?: string,
  properties?: Json,
  required?: Array<string>,
}
/**
 * Definition for a tool the client can call.
 */
export interface Tool {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  /**
   * Optional additional tool information.
   * 
   * Display name precedence order is: title, annotations.title, then name.
   */
  annotations?: ToolAnnotations,
  /**
   * A human-readable description of the tool.
   * 
   * This can be used by clients to improve the LLM's understanding of available tools. It can be thought of like a "hint" to the model.
   */
  description?: string,
  /**
   * Execution-related properties for this tool.
   */
  execution?: ToolExecution,
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
   */
  inputSchema: ToolInputSchema,
  /**
   * Intended for programmatic or logical use, but used as a display name in past specs or fallback (if title isn't present).
   */
  name: string,
  /**
   * An optional JSON Schema object defining the structure of the tool's output returned in
   * the structuredContent field of a CallToolResult.
   * 
   * Defaults to JSON Schema 2020-12 when no explicit $schema is provided.
   * Currently restricted to type: "object" at the root level.
   */
  outputSchema?: ToolOutputSchema,
  /**
   * Intended for UI and end-user contexts — optimized to be human-readable and easily understood,
   * even by those unfamiliar with domain-specific terminology.
   * 
   * If not provided, the name should be used for display (except for Tool,
   * where `annotations.title` should be given precedence over using `name`,
   * if present).
   */
  title?: string,
}
/**
 * The server's response to a tools/list request from the client.
 */
export interface ListToolsResult {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  /**
   * An opaque token representing the pagination position after the last returned result.
   * If present, there may be more results available.
   */
  nextCursor?: string,
  tools: Array<Tool>,
}
/**
 * The result of a tool use, provided by the user back to the assistant.
 */
export interface ToolResultContent {
  /**
   * Optional metadata about the tool result. Clients SHOULD preserve this field when
   * including tool results in subsequent sampling requests to enable caching optimizations.
   * 
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  /**
   * The unstructured result content of the tool use.
   * 
   * This has the same format as CallToolResult.content and can include text, images,
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
   * An optional structured result object.
   * 
   * If the tool defined an outputSchema, this SHOULD conform to that schema.
   */
  structuredContent?: Json,
  /**
   * The ID of the tool use this result corresponds to.
   * 
   * This MUST match the ID from a previous ToolUseContent.
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
   * 
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
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
 * The client's response to a sampling/createMessage request from the server.
 * The client should inform the user before returning the sampled message, to allow them
 * to inspect the response (human in the loop) and decide whether to allow the server to see it.
 */
export interface CreateMessageResult {
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
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
   * - "endTurn": Natural end of the assistant's turn
   * - "stopSequence": A stop sequence was encountered
   * - "maxTokens": Maximum token limit was reached
   * - "toolUse": The model wants to use one or more tools
   * 
   * This field is an open string to allow for provider-specific stop reasons.
   */
  stopReason?: string,
}
export type CreateMessageRequestResult = CreateMessageRequestResultCreateMessageResult | CreateMessageRequestResultCreateTaskResult;
export interface CreateMessageRequestResultCreateMessageResult {
  tag: 'create-message-result',
  val: CreateMessageResult,
}
export interface CreateMessageRequestResultCreateTaskResult {
  tag: 'create-task-result',
  val: CreateTaskResult,
}
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
  /**
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  content: SamplingMessageContent,
  role: Role,
}
/**
 * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
 */
export type UnsubscribeRequestParamsMeta = Json;
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
   * See [General fields: `_meta`](/specification/2025-11-25/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: ElicitRequestFormParamsMeta,
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
  /**
   * If specified, the caller is requesting task-augmented execution for this request.
   * The request will return a CreateTaskResult immediately, and the actual result can be
   * retrieved later via tasks/result.
   * 
   * Task augmentation is subject to capability negotiation - receivers MUST declare support
   * for task augmentation of specific request types in their capabilities.
   */
  task?: TaskMetadata,
}
/**
 * The parameters for a request to elicit additional information from the user via the client.
 */
export type ElicitRequestParams = ElicitRequestParamsElicitRequestUrlParams | ElicitRequestParamsElicitRequestFormParams;
export interface ElicitRequestParamsElicitRequestUrlParams {
  tag: 'elicit-request-url-params',
  val: ElicitRequestUrlParams,
}
export interface ElicitRequestParamsElicitRequestFormParams {
  tag: 'elicit-request-form-params',
  val: ElicitRequestFormParams,
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

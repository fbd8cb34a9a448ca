/** @module Interface wasi:mcp/types@0.1.0-preview2 **/
/**
 * A JSON value, as UTF-8 JSON text. Carries what MCP leaves open: tool arguments, input and output
 * schemas, structured content, `_meta`, experimental capabilities.
 */
export type Json = Uint8Array;
/**
 * The code of an `error`: the JSON-RPC 2.0 codes, the codes MCP assigns, and any other. On the wire a
 * code is an integer, given in each case’s documentation; any other integer is `other`.
 */
export type ErrorCode = ErrorCodeParseError | ErrorCodeInvalidRequest | ErrorCodeMethodNotFound | ErrorCodeInvalidParams | ErrorCodeInternalError | ErrorCodeResourceNotFound | ErrorCodeConnectionClosed | ErrorCodeRequestTimeout | ErrorCodeOther;
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
 * -32601: the method does not exist or is not available.
 */
export interface ErrorCodeMethodNotFound {
  tag: 'method-not-found',
}
/**
 * -32602: invalid method parameters.
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
 * -32002: MCP’s code for a resource that does not exist.
 */
export interface ErrorCodeResourceNotFound {
  tag: 'resource-not-found',
}
/**
 * -32000: the connection closed before the response arrived (the MCP SDKs’ code).
 */
export interface ErrorCodeConnectionClosed {
  tag: 'connection-closed',
}
/**
 * -32001: no response arrived in time (the MCP SDKs’ code).
 */
export interface ErrorCodeRequestTimeout {
  tag: 'request-timeout',
}
/**
 * Any other code.
 */
export interface ErrorCodeOther {
  tag: 'other',
  val: bigint,
}
/**
 * An MCP error: the `error` object of a JSON-RPC error response.
 */
export interface Error {
  /**
   * The error type that occurred.
   */
  code: ErrorCode,
  /**
   * A short description of the error.
   */
  message: string,
  /**
   * Additional information about the error.
   */
  data?: Json,
}
export interface BlobResourceContents {
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
 * Capabilities a client may support. Known capabilities are defined here, in this schema, but this is not a closed set: any client can define its own, additional capabilities.
 */
export interface ClientCapabilities {
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
  sampling?: Json,
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
   * This result property is reserved by the protocol to allow clients and servers to attach additional metadata to their responses.
   */
  meta?: Json,
  completion: CompleteResultCompletion,
}
/**
 * A request to include context from one or more MCP servers (including the caller), to be attached to the prompt. The client MAY ignore this request.
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
 * Describes the name and version of an MCP implementation.
 */
export interface Implementation {
  name: string,
  version: string,
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
export type NotificationParams = Json;
export interface Notification {
  method: string,
  params?: NotificationParams,
}
export interface PaginatedRequestParams {
  /**
   * An opaque token representing the current pagination position.
   * If provided, the server should return results starting after this cursor.
   */
  cursor?: string,
}
export interface PaginatedRequest {
  method: string,
  params?: PaginatedRequestParams,
}
export interface PaginatedResult {
  /**
   * This result property is reserved by the protocol to allow clients and servers to attach additional metadata to their responses.
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
export interface CallToolRequestParamsMeta {
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken?: ProgressToken,
  /**
   * Every other member of the `_meta` object (MCP’s extension point), as one JSON object text
   * holding each as sent; none when there is none. A declared key is refused here.
   */
  extra?: Json,
}
export interface CompleteRequestParamsMeta {
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken?: ProgressToken,
  /**
   * Every other member of the `_meta` object (MCP’s extension point), as one JSON object text
   * holding each as sent; none when there is none. A declared key is refused here.
   */
  extra?: Json,
}
export interface CreateMessageRequestParamsMeta {
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken?: ProgressToken,
  /**
   * Every other member of the `_meta` object (MCP’s extension point), as one JSON object text
   * holding each as sent; none when there is none. A declared key is refused here.
   */
  extra?: Json,
}
export interface GetPromptRequestParamsMeta {
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken?: ProgressToken,
  /**
   * Every other member of the `_meta` object (MCP’s extension point), as one JSON object text
   * holding each as sent; none when there is none. A declared key is refused here.
   */
  extra?: Json,
}
export interface InitializeRequestParamsMeta {
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken?: ProgressToken,
  /**
   * Every other member of the `_meta` object (MCP’s extension point), as one JSON object text
   * holding each as sent; none when there is none. A declared key is refused here.
   */
  extra?: Json,
}
export interface ListPromptsRequestParamsMeta {
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken?: ProgressToken,
  /**
   * Every other member of the `_meta` object (MCP’s extension point), as one JSON object text
   * holding each as sent; none when there is none. A declared key is refused here.
   */
  extra?: Json,
}
export interface ListResourceTemplatesRequestParamsMeta {
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken?: ProgressToken,
  /**
   * Every other member of the `_meta` object (MCP’s extension point), as one JSON object text
   * holding each as sent; none when there is none. A declared key is refused here.
   */
  extra?: Json,
}
export interface ListResourcesRequestParamsMeta {
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken?: ProgressToken,
  /**
   * Every other member of the `_meta` object (MCP’s extension point), as one JSON object text
   * holding each as sent; none when there is none. A declared key is refused here.
   */
  extra?: Json,
}
export interface ListRootsRequestParamsMeta {
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken?: ProgressToken,
  /**
   * Every other member of the `_meta` object (MCP’s extension point), as one JSON object text
   * holding each as sent; none when there is none. A declared key is refused here.
   */
  extra?: Json,
}
export interface ListToolsRequestParamsMeta {
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken?: ProgressToken,
  /**
   * Every other member of the `_meta` object (MCP’s extension point), as one JSON object text
   * holding each as sent; none when there is none. A declared key is refused here.
   */
  extra?: Json,
}
export interface PingRequestParamsMeta {
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken?: ProgressToken,
  /**
   * Every other member of the `_meta` object (MCP’s extension point), as one JSON object text
   * holding each as sent; none when there is none. A declared key is refused here.
   */
  extra?: Json,
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
   * The name of the argument.
   */
  name: string,
  /**
   * Whether this argument must be provided.
   */
  required?: boolean,
}
/**
 * A prompt or prompt template that the server offers.
 */
export interface Prompt {
  /**
   * A list of arguments to use for templating the prompt.
   */
  arguments?: Array<PromptArgument>,
  /**
   * An optional description of what this prompt provides
   */
  description?: string,
  /**
   * The name of the prompt or prompt template.
   */
  name: string,
}
/**
 * The server's response to a prompts/list request from the client.
 */
export interface ListPromptsResult {
  /**
   * This result property is reserved by the protocol to allow clients and servers to attach additional metadata to their responses.
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
   * The name of the prompt or prompt template
   */
  name: string,
}
export interface ReadResourceRequestParamsMeta {
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken?: ProgressToken,
  /**
   * Every other member of the `_meta` object (MCP’s extension point), as one JSON object text
   * holding each as sent; none when there is none. A declared key is refused here.
   */
  extra?: Json,
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
export type RequestParams = Json;
export interface Request {
  method: string,
  params?: RequestParams,
}
export interface RequestParamsMeta {
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken?: ProgressToken,
  /**
   * Every other member of the `_meta` object (MCP’s extension point), as one JSON object text
   * holding each as sent; none when there is none. A declared key is refused here.
   */
  extra?: Json,
}
/**
 * The contents of a specific resource or sub-resource.
 */
export interface ResourceContents {
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
export interface ResourceReference {
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
  val: ResourceReference,
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
   * Describes who the intended customer of this object or data is.
   * 
   * It can include multiple entries to indicate content useful for multiple audiences (e.g., `["user", "assistant"]`).
   */
  audience?: Array<Role>,
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
   * The MIME type of this resource, if known.
   */
  mimeType?: string,
  /**
   * A human-readable name for this resource.
   * 
   * This can be used by clients to populate UI elements.
   */
  name: string,
  /**
   * The size of the raw resource content, in bytes (i.e., before base64 encoding or any tokenization), if known.
   * 
   * This can be used by Hosts to display file sizes and estimate context window usage.
   */
  size?: bigint,
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
   * This result property is reserved by the protocol to allow clients and servers to attach additional metadata to their responses.
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
 * A template description for resources available on the server.
 */
export interface ResourceTemplate {
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
   * The MIME type for all resources that match this template. This should only be included if all resources matching this template have the same type.
   */
  mimeType?: string,
  /**
   * A human-readable name for the type of resource this template refers to.
   * 
   * This can be used by clients to populate UI elements.
   */
  name: string,
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
   * This result property is reserved by the protocol to allow clients and servers to attach additional metadata to their responses.
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
   * This result property is reserved by the protocol to allow clients and servers to attach additional metadata to their responses.
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
   * Present if the server offers any tools to call.
   */
  tools?: ServerCapabilitiesTools,
}
/**
 * After receiving an initialize request from the client, the server sends this response.
 */
export interface InitializeResult {
  /**
   * This result property is reserved by the protocol to allow clients and servers to attach additional metadata to their responses.
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
export interface SetLevelRequestParamsMeta {
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken?: ProgressToken,
  /**
   * Every other member of the `_meta` object (MCP’s extension point), as one JSON object text
   * holding each as sent; none when there is none. A declared key is refused here.
   */
  extra?: Json,
}
export interface SubscribeRequestParamsMeta {
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken?: ProgressToken,
  /**
   * Every other member of the `_meta` object (MCP’s extension point), as one JSON object text
   * holding each as sent; none when there is none. A declared key is refused here.
   */
  extra?: Json,
}
/**
 * Text provided to or from an LLM.
 */
export interface TextContent {
  /**
   * Optional annotations for the client.
   */
  annotations?: Annotations,
  /**
   * The text content of the message.
   */
  text: string,
}
export type CreateMessageResultContent = CreateMessageResultContentText | CreateMessageResultContentImage | CreateMessageResultContentAudio;
export interface CreateMessageResultContentText {
  tag: 'text',
  val: TextContent,
}
export interface CreateMessageResultContentImage {
  tag: 'image',
  val: ImageContent,
}
export interface CreateMessageResultContentAudio {
  tag: 'audio',
  val: AudioContent,
}
/**
 * The client's response to a sampling/create_message request from the server. The client should inform the user before returning the sampled message, to allow them to inspect the response (human in the loop) and decide whether to allow the server to see it.
 */
export interface CreateMessageResult {
  /**
   * This result property is reserved by the protocol to allow clients and servers to attach additional metadata to their responses.
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
   */
  stopReason?: string,
}
export type SamplingMessageContent = SamplingMessageContentText | SamplingMessageContentImage | SamplingMessageContentAudio;
export interface SamplingMessageContentText {
  tag: 'text',
  val: TextContent,
}
export interface SamplingMessageContentImage {
  tag: 'image',
  val: ImageContent,
}
export interface SamplingMessageContentAudio {
  tag: 'audio',
  val: AudioContent,
}
/**
 * Describes a message issued to or received from an LLM API.
 */
export interface SamplingMessage {
  content: SamplingMessageContent,
  role: Role,
}
export interface TextResourceContents {
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
   * Optional annotations for the client.
   */
  annotations?: Annotations,
  resource: EmbeddedResourceResource,
}
export type CallToolResultContentItem = CallToolResultContentItemText | CallToolResultContentItemImage | CallToolResultContentItemAudio | CallToolResultContentItemResource;
export interface CallToolResultContentItemText {
  tag: 'text',
  val: TextContent,
}
export interface CallToolResultContentItemImage {
  tag: 'image',
  val: ImageContent,
}
export interface CallToolResultContentItemAudio {
  tag: 'audio',
  val: AudioContent,
}
export interface CallToolResultContentItemResource {
  tag: 'resource',
  val: EmbeddedResource,
}
/**
 * The server's response to a tool call.
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
export interface CallToolResult {
  /**
   * This result property is reserved by the protocol to allow clients and servers to attach additional metadata to their responses.
   */
  meta?: Json,
  content: Array<CallToolResultContentItem>,
  /**
   * Whether the tool call ended in an error.
   * 
   * If not set, this is assumed to be false (the call was successful).
   */
  isError?: boolean,
}
export type PromptMessageContent = PromptMessageContentText | PromptMessageContentImage | PromptMessageContentAudio | PromptMessageContentResource;
export interface PromptMessageContentText {
  tag: 'text',
  val: TextContent,
}
export interface PromptMessageContentImage {
  tag: 'image',
  val: ImageContent,
}
export interface PromptMessageContentAudio {
  tag: 'audio',
  val: AudioContent,
}
export interface PromptMessageContentResource {
  tag: 'resource',
  val: EmbeddedResource,
}
/**
 * Describes a message returned as part of a prompt.
 * 
 * This is similar to `SamplingMessage`, but also supports the embedding of
 * resources from the MCP server.
 */
export interface PromptMessage {
  content: PromptMessageContent,
  role: Role,
}
/**
 * The server's response to a prompts/get request from the client.
 */
export interface GetPromptResult {
  /**
   * This result property is reserved by the protocol to allow clients and servers to attach additional metadata to their responses.
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
   * This result property is reserved by the protocol to allow clients and servers to attach additional metadata to their responses.
   */
  meta?: Json,
  contents: Array<ReadResourceResultContentsItem>,
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
   * will have no additional effect on the its environment.
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
 * A JSON Schema object defining the expected parameters for the tool.
 */
export interface ToolInputSchema {
  properties?: Json,
  required?: Array<string>,
}
/**
 * Definition for a tool the client can call.
 */
export interface Tool {
  /**
   * Optional additional tool information.
   */
  annotations?: ToolAnnotations,
  /**
   * A human-readable description of the tool.
   * 
   * This can be used by clients to improve the LLM's understanding of available tools. It can be thought of like a "hint" to the model.
   */
  description?: string,
  /**
   * A JSON Schema object defining the expected parameters for the tool.
   */
  inputSchema: ToolInputSchema,
  /**
   * The name of the tool.
   */
  name: string,
}
/**
 * The server's response to a tools/list request from the client.
 */
export interface ListToolsResult {
  /**
   * This result property is reserved by the protocol to allow clients and servers to attach additional metadata to their responses.
   */
  meta?: Json,
  /**
   * An opaque token representing the pagination position after the last returned result.
   * If present, there may be more results available.
   */
  nextCursor?: string,
  tools: Array<Tool>,
}
export interface UnsubscribeRequestParamsMeta {
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken?: ProgressToken,
  /**
   * Every other member of the `_meta` object (MCP’s extension point), as one JSON object text
   * holding each as sent; none when there is none. A declared key is refused here.
   */
  extra?: Json,
}

/** @module Interface wasi:mcp/types@0.1.0-preview2 **/
/**
 * Arbitrary JSON: one JSON value (RFC 8259) serialized as UTF-8 text, without a byte-order mark.
 * 
 * Used wherever the MCP schema allows any JSON value: `_meta`, tool `arguments` and
 * `structuredContent`, `experimental` capabilities, sampling `metadata`, log `data`,
 * error `data`, the open objects of the schema (capabilities declared as `{}`), and a
 * tool's `inputSchema` and `outputSchema` (whole JSON Schema objects). Where the schema
 * requires an object (`_meta`, `arguments`, `structuredContent`, the tool schemas), the
 * text must be a JSON object. The producer must write well-formed JSON: the host checks it
 * before it reaches the wire, and fails an import call with `invalid-params` or a handler's
 * call with `internal-error` otherwise. An empty list is not JSON.
 */
export type Json = Uint8Array;
/**
 * The code of an `error`: the JSON-RPC 2.0 codes, the codes MCP assigns, and any other.
 * 
 * On the wire a code is an integer, given in each case's documentation. A receiver maps a
 * known integer to its case and any other integer to `other`; a sender never wraps in
 * `other` a code that has its own case.
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
 * -32601: the method does not exist or is not available (e.g. the peer did not
 * declare the capability the method belongs to).
 */
export interface ErrorCodeMethodNotFound {
  tag: 'method-not-found',
}
/**
 * -32602: invalid method parameters. MCP also uses it for an unknown tool or prompt
 * name, an invalid or expired cursor and an invalid logging level.
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
 * -32002: MCP's code for a resource that does not exist (`resources/read`).
 */
export interface ErrorCodeResourceNotFound {
  tag: 'resource-not-found',
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
 * implementation-defined code from -32099 to -32000.
 */
export interface ErrorCodeOther {
  tag: 'other',
  val: bigint,
}
/**
 * An MCP error: the `error` object of a JSON-RPC error response (`JSONRPCError.error`).
 * 
 * Every request function returns `result<T, error>`. A handler's `err` becomes the
 * JSON-RPC error response to the request it handles; an import's `err` is the peer's error
 * response, or an error the host raises itself (the peer did not declare the capability,
 * the connection closed, the request timed out, a `json` value was not well-formed).
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
 * An opaque token used to represent a cursor for pagination.
 */
export type Cursor = string;
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
 * The severity of a log message.
 * 
 * These map to syslog message severities, as specified in RFC-5424:
 * https://datatracker.ietf.org/doc/html/rfc5424#section-6.2.1
 * 
 * The cases are listed from least to most severe, the reverse of RFC 5424 numbering.
 * # Variants
 * 
 * ## `"debug"`
 * 
 * ## `"info"`
 * 
 * ## `"notice"`
 * 
 * ## `"warning"`
 * 
 * ## `"error"`
 * 
 * ## `"critical"`
 * 
 * ## `"alert"`
 * 
 * ## `"emergency"`
 */
export type LoggingLevel = 'debug' | 'info' | 'notice' | 'warning' | 'error' | 'critical' | 'alert' | 'emergency';
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
 * Definition for a tool the client can call.
 */
export interface Tool {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
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
   * A JSON Schema object defining the expected parameters for the tool.
   * 
   * A JSON Schema object as UTF-8 JSON text, whose `type` is `"object"`. It is carried
   * whole: `properties`, `required`, `$schema`, `$defs`, `additionalProperties`,
   * `description` and any other keyword stay as written. The host checks it against MCP's
   * definition of `Tool.inputSchema` (`runtime.register-tools` fails with `invalid-params`
   * otherwise).
   */
  inputSchema: Json,
  /**
   * Intended for programmatic or logical use, but used as a display name in past specs or fallback (if title isn't present).
   */
  name: string,
  /**
   * An optional JSON Schema object defining the structure of the tool's output returned in
   * the structuredContent field of a CallToolResult.
   * 
   * A JSON Schema object as UTF-8 JSON text, whose `type` is `"object"`, carried whole like
   * `input-schema`. The host checks it against MCP's definition of `Tool.outputSchema`.
   */
  outputSchema?: Json,
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
 * A known resource that the server is capable of reading.
 */
export interface Resource {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
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
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
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
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
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
 * Represents a root directory or file that the server can operate on.
 */
export interface Root {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
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
 * Identifies a prompt.
 * 
 * In JSON, `type` is always `"ref/prompt"`: the value is implied by this type and has no field.
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
 * A reference to a resource or resource template definition.
 * 
 * In JSON, `type` is always `"ref/resource"`: the value is implied by this type and has no field.
 */
export interface ResourceTemplateReference {
  /**
   * The URI or URI template of the resource.
   */
  uri: string,
}
/**
 * What `completion/complete` completes for (`CompleteRequest.params.ref`): a prompt, or a resource template.
 */
export type CompleteRequestParamsRef = CompleteRequestParamsRefRefPrompt | CompleteRequestParamsRefRefResource;
/**
 * Identifies a prompt.
 */
export interface CompleteRequestParamsRefRefPrompt {
  tag: 'ref-prompt',
  val: PromptReference,
}
/**
 * A reference to a resource or resource template definition.
 */
export interface CompleteRequestParamsRefRefResource {
  tag: 'ref-resource',
  val: ResourceTemplateReference,
}
/**
 * The argument's information
 * 
 * The inline object at `CompleteRequest.params.argument`.
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
 * 
 * The inline object at `CompleteRequest.params.context`.
 */
export interface CompleteRequestParamsContext {
  /**
   * Previously-resolved variables in a URI template or prompt.
   */
  arguments?: Array<[string, string]>,
}
/**
 * The inline object at `CompleteResult.completion`.
 */
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
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  completion: CompleteResultCompletion,
}
/**
 * The string formats an elicitation may request (`StringSchema.format`).
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
/**
 * A string field of an elicitation form.
 * 
 * In JSON, `type` is always `"string"`: the value is implied by this type and has no field.
 */
export interface StringSchema {
  description?: string,
  format?: StringSchemaFormat,
  maxLength?: bigint,
  minLength?: bigint,
  title?: string,
}
/**
 * Whether a number field accepts any number or integers only (`NumberSchema.type`).
 * # Variants
 * 
 * ## `"integer"`
 * 
 * ## `"number"`
 */
export type NumberSchemaType = 'integer' | 'number';
/**
 * A number field of an elicitation form.
 */
export interface NumberSchema {
  description?: string,
  maximum?: number,
  minimum?: number,
  title?: string,
  type: NumberSchemaType,
}
/**
 * A boolean field of an elicitation form.
 * 
 * In JSON, `type` is always `"boolean"`: the value is implied by this type and has no field.
 */
export interface BooleanSchema {
  'default'?: boolean,
  description?: string,
  title?: string,
}
/**
 * A choice field of an elicitation form: one of `enum`, shown as `enum-names` if given.
 * 
 * In JSON, `type` is always `"string"`: the value is implied by this type and has no field.
 */
export interface EnumSchema {
  description?: string,
  'enum': Array<string>,
  enumNames?: Array<string>,
  title?: string,
}
/**
 * Restricted schema definitions that only allow primitive types
 * without nested objects or arrays.
 * 
 * The members share no `const` discriminator (`StringSchema` and `EnumSchema` both have
 * `type: "string"`), so the cases are named by member type.
 */
export type PrimitiveSchemaDefinition = PrimitiveSchemaDefinitionStringSchema | PrimitiveSchemaDefinitionNumberSchema | PrimitiveSchemaDefinitionBooleanSchema | PrimitiveSchemaDefinitionEnumSchema;
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
export interface PrimitiveSchemaDefinitionEnumSchema {
  tag: 'enum-schema',
  val: EnumSchema,
}
/**
 * A restricted subset of JSON Schema.
 * Only top-level properties are allowed, without nesting.
 * 
 * The inline object at `ElicitRequest.params.requestedSchema`.
 * 
 * In JSON, `type` is always `"object"`: the value is implied by this type and has no field.
 */
export interface ElicitRequestParamsRequestedSchema {
  properties: Array<[string, PrimitiveSchemaDefinition]>,
  required?: Array<string>,
}
/**
 * The user action in response to the elicitation.
 * - "accept": User submitted the form/confirmed the action
 * - "decline": User explicitly declined the action
 * - "cancel": User dismissed without making an explicit choice
 * 
 * The inline enum at `ElicitResult.action`.
 * # Variants
 * 
 * ## `"accept"`
 * 
 * ## `"cancel"`
 * 
 * ## `"decline"`
 */
export type ElicitResultAction = 'accept' | 'cancel' | 'decline';
/**
 * A value of the submitted form (`ElicitResult.content`): a string, an integer or a boolean.
 */
export type ElicitResultContentValue = ElicitResultContentValueString | ElicitResultContentValueInteger | ElicitResultContentValueBoolean;
export interface ElicitResultContentValueString {
  tag: 'string',
  val: string,
}
export interface ElicitResultContentValueInteger {
  tag: 'integer',
  val: bigint,
}
export interface ElicitResultContentValueBoolean {
  tag: 'boolean',
  val: boolean,
}
/**
 * The client's response to an elicitation request.
 */
export interface ElicitResult {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  /**
   * The user action in response to the elicitation.
   * - "accept": User submitted the form/confirmed the action
   * - "decline": User explicitly declined the action
   * - "cancel": User dismissed without making an explicit choice
   */
  action: ElicitResultAction,
  /**
   * The submitted form data, only present when action is "accept".
   * Contains values matching the requested schema.
   */
  content?: Array<[string, ElicitResultContentValue]>,
}
/**
 * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
 * 
 * The inline object at `ListRootsRequest.params._meta`.
 */
export interface ListRootsRequestParamsMeta {
  /**
   * If specified, the caller is requesting out-of-band progress notifications for this request (as represented by notifications/progress). The value of this parameter is an opaque token that will be attached to any subsequent notifications. The receiver is not obligated to provide these notifications.
   */
  progressToken?: ProgressToken,
}
/**
 * The server's response to a tools/list request from the client.
 */
export interface ListToolsResult {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  /**
   * An opaque token representing the pagination position after the last returned result.
   * If present, there may be more results available.
   */
  nextCursor?: Cursor,
  tools: Array<Tool>,
}
/**
 * The server's response to a resources/list request from the client.
 */
export interface ListResourcesResult {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  /**
   * An opaque token representing the pagination position after the last returned result.
   * If present, there may be more results available.
   */
  nextCursor?: Cursor,
  resources: Array<Resource>,
}
/**
 * The server's response to a resources/templates/list request from the client.
 */
export interface ListResourceTemplatesResult {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  /**
   * An opaque token representing the pagination position after the last returned result.
   * If present, there may be more results available.
   */
  nextCursor?: Cursor,
  resourceTemplates: Array<ResourceTemplate>,
}
/**
 * The server's response to a prompts/list request from the client.
 */
export interface ListPromptsResult {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  /**
   * An opaque token representing the pagination position after the last returned result.
   * If present, there may be more results available.
   */
  nextCursor?: Cursor,
  prompts: Array<Prompt>,
}
/**
 * The client's response to a roots/list request from the server.
 * This result contains an array of Root objects, each representing a root directory
 * or file that the server can operate on.
 */
export interface ListRootsResult {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  roots: Array<Root>,
}

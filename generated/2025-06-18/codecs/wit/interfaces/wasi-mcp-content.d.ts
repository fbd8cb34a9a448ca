/** @module Interface wasi:mcp/content@0.1.0-preview2 **/
export type Json = import('./wasi-mcp-types.js').Json;
export type Role = import('./wasi-mcp-types.js').Role;
export type Annotations = import('./wasi-mcp-types.js').Annotations;
export type ModelPreferences = import('./wasi-mcp-types.js').ModelPreferences;
/**
 * Text provided to or from an LLM.
 * 
 * In JSON, `type` is always `"text"`: the value is implied by this type and has no field.
 */
export interface TextContent {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
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
/**
 * An image provided to or from an LLM.
 * 
 * In JSON, `type` is always `"image"`: the value is implied by this type and has no field.
 */
export interface ImageContent {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
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
 * Audio provided to or from an LLM.
 * 
 * In JSON, `type` is always `"audio"`: the value is implied by this type and has no field.
 */
export interface AudioContent {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
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
 * A resource that the server is capable of reading, included in a prompt or tool call result.
 * 
 * Note: resource links returned by tools are not guaranteed to appear in the results of `resources/list` requests.
 * 
 * In JSON, `type` is always `"resource_link"`: the value is implied by this type and has no field.
 */
export interface ResourceLink {
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
 * The contents of a specific resource or sub-resource.
 */
export interface ResourceContents {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
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
 * The contents of a resource that can be represented as text.
 */
export interface TextResourceContents {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
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
/**
 * The contents of a binary resource.
 */
export interface BlobResourceContents {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
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
/**
 * The contents of a resource, as text or as binary data (`EmbeddedResource.resource`).
 * 
 * `ReadResourceResult.contents` holds the same union: see `read-resource-result-contents-item`.
 */
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
 * 
 * In JSON, `type` is always `"resource"`: the value is implied by this type and has no field.
 */
export interface EmbeddedResource {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  /**
   * Optional annotations for the client.
   */
  annotations?: Annotations,
  resource: EmbeddedResourceResource,
}
/**
 * A piece of content in a prompt message or a tool call result.
 */
export type ContentBlock = ContentBlockText | ContentBlockImage | ContentBlockAudio | ContentBlockResourceLink | ContentBlockResource;
/**
 * Text provided to or from an LLM.
 */
export interface ContentBlockText {
  tag: 'text',
  val: TextContent,
}
/**
 * An image provided to or from an LLM.
 */
export interface ContentBlockImage {
  tag: 'image',
  val: ImageContent,
}
/**
 * Audio provided to or from an LLM.
 */
export interface ContentBlockAudio {
  tag: 'audio',
  val: AudioContent,
}
/**
 * A resource that the server is capable of reading, included in a prompt or tool call result.
 */
export interface ContentBlockResourceLink {
  tag: 'resource-link',
  val: ResourceLink,
}
/**
 * The contents of a resource, embedded into a prompt or tool call result.
 */
export interface ContentBlockResource {
  tag: 'resource',
  val: EmbeddedResource,
}
/**
 * The content of a sampling message: text, an image or audio (`SamplingMessage.content`).
 * 
 * `CreateMessageResult.content` holds the same union: see `create-message-result-content`.
 */
export type SamplingMessageContent = SamplingMessageContentText | SamplingMessageContentImage | SamplingMessageContentAudio;
/**
 * Text provided to or from an LLM.
 */
export interface SamplingMessageContentText {
  tag: 'text',
  val: TextContent,
}
/**
 * An image provided to or from an LLM.
 */
export interface SamplingMessageContentImage {
  tag: 'image',
  val: ImageContent,
}
/**
 * Audio provided to or from an LLM.
 */
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
 * A request to include context from one or more MCP servers (including the caller), to be attached to the prompt. The client MAY ignore this request.
 * 
 * The inline enum at `CreateMessageRequest.params.includeContext`.
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
 * The parameters of `sampling/createMessage` (`CreateMessageRequest.params`).
 */
export interface CreateMessageRequestParams {
  /**
   * A request to include context from one or more MCP servers (including the caller), to be attached to the prompt. The client MAY ignore this request.
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
}
/**
 * The content of a sampled message (`CreateMessageResult.content`): the same union as
 * `SamplingMessage.content`.
 */
export type CreateMessageResultContent = SamplingMessageContent;
/**
 * The client's response to a sampling/create_message request from the server. The client should inform the user before returning the sampled message, to allow them to inspect the response (human in the loop) and decide whether to allow the server to see it.
 */
export interface CreateMessageResult {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
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
/**
 * The server's response to a tool call.
 */
export interface CallToolResult {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
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
/**
 * An item of `ReadResourceResult.contents`: the same union as `EmbeddedResource.resource`.
 */
export type ReadResourceResultContentsItem = EmbeddedResourceResource;
/**
 * The server's response to a resources/read request from the client.
 */
export interface ReadResourceResult {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  contents: Array<ReadResourceResultContentsItem>,
}
/**
 * The server's response to a prompts/get request from the client.
 */
export interface GetPromptResult {
  /**
   * See [General fields: `_meta`](https://modelcontextprotocol.io/specification/2025-06-18/basic/index#meta) for notes on `_meta` usage.
   */
  meta?: Json,
  /**
   * An optional description for the prompt.
   */
  description?: string,
  messages: Array<PromptMessage>,
}

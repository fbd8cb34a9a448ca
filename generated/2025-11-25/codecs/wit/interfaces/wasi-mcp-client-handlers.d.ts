/** @module Interface wasi:mcp/client-handlers@0.1.0-preview2 **/
/**
 * A request to cancel a task.
 * 
 * Handles the MCP request `tasks/cancel` (server-to-client; it also travels the other way).
 */
export function cancelTask(meta: CancelTaskRequestParamsMeta | undefined, taskId: string): CancelTaskResult;
/**
 * This notification can be sent by either side to indicate that it is cancelling a previously-issued request.
 * 
 * The request SHOULD still be in-flight, but due to communication latency, it is always possible that this notification MAY arrive after the request has already finished.
 * 
 * This notification indicates that the result will be unused, so any associated processing SHOULD cease.
 * 
 * A client MUST NOT attempt to cancel its `initialize` request.
 * 
 * For task cancellation, use the `tasks/cancel` request instead of this notification.
 * 
 * Handles the MCP notification `notifications/cancelled` (server-to-client; it also travels the other way).
 */
export function cancelled(meta: Json | undefined, reason: string | undefined, requestId: RequestId | undefined): void;
/**
 * A request from the server to sample an LLM via the client. The client has full discretion over which model to select. The client should also inform the user before beginning sampling, to allow them to inspect the request (human in the loop) and decide whether to approve it.
 * 
 * Handles the MCP request `sampling/createMessage` (server-to-client).
 */
export function createMessage(meta: CreateMessageRequestParamsMeta | undefined, includeContext: CreateMessageRequestParamsIncludeContext | undefined, maxTokens: bigint, messages: Array<SamplingMessage>, metadata: Json | undefined, modelPreferences: ModelPreferences | undefined, stopSequences: Array<string> | undefined, systemPrompt: string | undefined, task: TaskMetadata | undefined, temperature: number | undefined, toolChoice: ToolChoice | undefined, tools: Array<Tool> | undefined): CreateMessageRequestResult;
/**
 * A request from the server to elicit additional information from the user via the client.
 * 
 * Handles the MCP request `elicitation/create` (server-to-client).
 */
export function elicit(params: ElicitRequestParams): ElicitRequestResult;
/**
 * An optional notification from the server to the client, informing it of a completion of a out-of-band elicitation request.
 * 
 * Handles the MCP notification `notifications/elicitation/complete` (server-to-client).
 */
export function elicitationComplete(meta: Json | undefined, elicitationId: string): void;
/**
 * A request to retrieve the state of a task.
 * 
 * Handles the MCP request `tasks/get` (server-to-client; it also travels the other way).
 */
export function getTask(meta: GetTaskRequestParamsMeta | undefined, taskId: string): GetTaskResult;
/**
 * A request to retrieve the result of a completed task.
 * 
 * Handles the MCP request `tasks/result` (server-to-client; it also travels the other way).
 */
export function getTaskPayload(meta: GetTaskPayloadRequestParamsMeta | undefined, taskId: string): GetTaskPayloadResult;
/**
 * Sent from the server to request a list of root URIs from the client. Roots allow
 * servers to ask for specific directories or files to operate on. A common example
 * for roots is providing a set of repositories or directories a server should operate
 * on.
 * 
 * This request is typically used when the server needs to understand the file system
 * structure or access specific locations that the client has permission to read from.
 * 
 * Handles the MCP request `roots/list` (server-to-client).
 */
export function listRoots(meta: RequestParamsMeta | undefined): ListRootsResult;
/**
 * A request to retrieve a list of tasks.
 * 
 * Handles the MCP request `tasks/list` (server-to-client; it also travels the other way).
 */
export function listTasks(meta: PaginatedRequestParamsMeta | undefined, cursor: string | undefined): ListTasksResult;
/**
 * JSONRPCNotification of a log message passed from server to client. If no logging/setLevel request has been sent from the client, the server MAY decide which messages to send automatically.
 * 
 * Handles the MCP notification `notifications/message` (server-to-client).
 */
export function loggingMessage(meta: Json | undefined, data: Json, level: LoggingLevel, logger: string | undefined): void;
/**
 * A ping, issued by either the server or the client, to check that the other party is still alive. The receiver must promptly respond, or else may be disconnected.
 * 
 * Handles the MCP request `ping` (server-to-client; it also travels the other way).
 */
export function ping(meta: RequestParamsMeta | undefined): EmptyResult;
/**
 * An out-of-band notification used to inform the receiver of a progress update for a long-running request.
 * 
 * Handles the MCP notification `notifications/progress` (server-to-client; it also travels the other way).
 */
export function progress(meta: Json | undefined, message: string | undefined, progress: number, progressToken: ProgressToken, total: number | undefined): void;
/**
 * An optional notification from the server to the client, informing it that the list of prompts it offers has changed. This may be issued by servers without any previous subscription from the client.
 * 
 * Handles the MCP notification `notifications/prompts/list_changed` (server-to-client).
 */
export function promptListChanged(meta: Json | undefined): void;
/**
 * An optional notification from the server to the client, informing it that the list of resources it can read from has changed. This may be issued by servers without any previous subscription from the client.
 * 
 * Handles the MCP notification `notifications/resources/list_changed` (server-to-client).
 */
export function resourceListChanged(meta: Json | undefined): void;
/**
 * A notification from the server to the client, informing it that a resource has changed and may need to be read again. This should only be sent if the client previously sent a resources/subscribe request.
 * 
 * Handles the MCP notification `notifications/resources/updated` (server-to-client).
 */
export function resourceUpdated(meta: Json | undefined, uri: string): void;
/**
 * An optional notification from the receiver to the requestor, informing them that a task's status has changed. Receivers are not required to send these notifications.
 * 
 * Handles the MCP notification `notifications/tasks/status` (server-to-client; it also travels the other way).
 */
export function taskStatusNotification(meta: Json | undefined, createdAt: string, lastUpdatedAt: string, pollInterval: bigint | undefined, status: TaskStatus, statusMessage: string | undefined, taskId: string, ttl: bigint | undefined): void;
/**
 * An optional notification from the server to the client, informing it that the list of tools it offers has changed. This may be issued by servers without any previous subscription from the client.
 * 
 * Handles the MCP notification `notifications/tools/list_changed` (server-to-client).
 */
export function toolListChanged(meta: Json | undefined): void;
export type CancelTaskRequestParamsMeta = import('./wasi-mcp-types.js').Json;
export type CancelTaskResult = import('./wasi-mcp-types.js').Json;
export type CreateMessageRequestParamsIncludeContext = import('./wasi-mcp-types.js').CreateMessageRequestParamsIncludeContext;
export type CreateMessageRequestParamsMeta = import('./wasi-mcp-types.js').Json;
export type CreateMessageRequestResult = import('./wasi-mcp-types.js').CreateMessageRequestResult;
export type ElicitRequestParams = import('./wasi-mcp-types.js').ElicitRequestParams;
export type ElicitRequestResult = import('./wasi-mcp-types.js').ElicitRequestResult;
export type EmptyResult = import('./wasi-mcp-types.js').Json;
export type Error = import('./wasi-mcp-types.js').Error;
export type GetTaskPayloadRequestParamsMeta = import('./wasi-mcp-types.js').Json;
export type GetTaskPayloadResult = import('./wasi-mcp-types.js').Json;
export type GetTaskRequestParamsMeta = import('./wasi-mcp-types.js').Json;
export type GetTaskResult = import('./wasi-mcp-types.js').Json;
export type Json = import('./wasi-mcp-types.js').Json;
export type ListRootsResult = import('./wasi-mcp-types.js').ListRootsResult;
export type ListTasksResult = import('./wasi-mcp-types.js').ListTasksResult;
export type LoggingLevel = import('./wasi-mcp-types.js').LoggingLevel;
export type ModelPreferences = import('./wasi-mcp-types.js').ModelPreferences;
export type PaginatedRequestParamsMeta = import('./wasi-mcp-types.js').Json;
export type ProgressToken = import('./wasi-mcp-types.js').ProgressToken;
export type RequestId = import('./wasi-mcp-types.js').RequestId;
export type RequestParamsMeta = import('./wasi-mcp-types.js').Json;
export type SamplingMessage = import('./wasi-mcp-types.js').SamplingMessage;
export type TaskMetadata = import('./wasi-mcp-types.js').TaskMetadata;
export type TaskStatus = import('./wasi-mcp-types.js').TaskStatus;
export type Tool = import('./wasi-mcp-types.js').Tool;
export type ToolChoice = import('./wasi-mcp-types.js').ToolChoice;

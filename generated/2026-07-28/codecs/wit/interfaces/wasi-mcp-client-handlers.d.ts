/** @module Interface wasi:mcp/client-handlers@0.2.0-preview2 **/
/**
 * Handles `notifications/progress` for a request the component sent with a progress token.
 */
export function progress(progressToken: ProgressToken, progress: number, total: number | undefined, message: string | undefined, meta: NotificationMetaObject | undefined): void;
/**
 * Handles `notifications/message`: a log message for a request that set a log level.
 */
export function loggingMessage(data: Json, level: LoggingLevel, logger: string | undefined, meta: NotificationMetaObject | undefined): void;
/**
 * Handles `notifications/subscriptions/acknowledged`: the stream is open, and
 * `notifications` are the notification types the server agreed to send on it.
 */
export function subscriptionsAcknowledged(notifications: SubscriptionFilter, meta: NotificationMetaObject | undefined): void;
/**
 * Handles `notifications/resources/list_changed`.
 */
export function resourceListChanged(meta: NotificationMetaObject | undefined): void;
/**
 * Handles `notifications/resources/updated`.
 */
export function resourceUpdated(uri: string, meta: NotificationMetaObject | undefined): void;
/**
 * Handles `notifications/prompts/list_changed`.
 */
export function promptListChanged(meta: NotificationMetaObject | undefined): void;
/**
 * Handles `notifications/tools/list_changed`.
 */
export function toolListChanged(meta: NotificationMetaObject | undefined): void;
export type Json = import('./wasi-mcp-types.js').Json;
export type Error = import('./wasi-mcp-types.js').Error;
export type ProgressToken = import('./wasi-mcp-types.js').ProgressToken;
export type LoggingLevel = import('./wasi-mcp-types.js').LoggingLevel;
export type NotificationMetaObject = import('./wasi-mcp-types.js').NotificationMetaObject;
export type SubscriptionFilter = import('./wasi-mcp-types.js').SubscriptionFilter;

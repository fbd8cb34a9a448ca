// The host's defaults, apart from the host itself so the CLI can show them without loading it.
export const DEFAULT_PAGE_SIZE = 50;
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
/** A handler that runs this long without returning or calling an import is hung (the instance is replaced). */
export const DEFAULT_HANDLER_TIMEOUT_MS = 30_000;
/** An HTTP session with no request open for this long is closed (its client is gone without saying so). */
export const DEFAULT_SESSION_IDLE_MS = 30 * 60_000;
/** The largest message: an HTTP request body or a stdio line. */
export const DEFAULT_MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
/** HTTP sessions open at once. */
export const DEFAULT_MAX_SESSIONS = 1000;
/** Component calls waiting for their turn, per session and in total. */
export const DEFAULT_QUEUE_PER_SESSION = 64;
export const DEFAULT_QUEUE_TOTAL = 1024;
/** `subscriptions/listen` streams open at once. */
export const DEFAULT_MAX_STREAMS = 1000;
/** How long a sealed requestState is accepted after it was issued. */
export const DEFAULT_STATE_TTL_MS = 10 * 60_000;

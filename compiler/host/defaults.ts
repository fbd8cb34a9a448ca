// The host's defaults, apart from the host itself so the CLI can show them without loading it.
export const DEFAULT_PAGE_SIZE = 50;
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
/** An HTTP session with no request open for this long is closed (its client is gone without saying so). */
export const DEFAULT_SESSION_IDLE_MS = 30 * 60_000;

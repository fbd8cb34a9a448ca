// The host's defaults, apart from the host itself so the CLI can show them without loading it.
export const DEFAULT_PAGE_SIZE = 50;
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

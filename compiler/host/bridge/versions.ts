// Protocol versions: the core speaks MCP 2026-07-28; the bridge serves the session-based
// versions before it. Version selection follows the lifecycle page of 2025-06-18 and 2025-11-25
// (identical rules): a requested version the server supports is answered with itself, any other
// with the latest the server supports. 2026-07-28 has no initialize, so it is never the answer.

export const MODERN_VERSION = '2026-07-28';

/** The versions the bridge serves, latest first. */
export const LEGACY_VERSIONS = ['2025-11-25', '2025-06-18'] as const;
export type LegacyVersion = (typeof LEGACY_VERSIONS)[number];

export function isLegacyVersion(v: unknown): v is LegacyVersion {
  return (LEGACY_VERSIONS as readonly unknown[]).includes(v);
}

/** The version an initialize request gets. */
export function negotiateVersion(requested: unknown): LegacyVersion {
  return isLegacyVersion(requested) ? requested : LEGACY_VERSIONS[0];
}

/** Log levels, least to most severe (RFC 5424 reversed), the same in every version. */
export const LOG_LEVELS = ['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function isLogLevel(v: unknown): v is LogLevel {
  return (LOG_LEVELS as readonly unknown[]).includes(v);
}

/** Whether a message at `level` passes a session threshold. */
export function admits(level: unknown, threshold: LogLevel): boolean {
  return isLogLevel(level) && LOG_LEVELS.indexOf(level) >= LOG_LEVELS.indexOf(threshold);
}

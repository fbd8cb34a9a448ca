// Names as jco spells them in JavaScript.

/** heck's lowerCamelCase of a kebab-case WIT name: `mime-type` -> `mimeType`, `DNS-error` -> `dnsError`. */
export function camel(name: string): string {
  return name
    .split('-')
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join('');
}

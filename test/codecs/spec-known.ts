// The specification pages' example messages that the 2026-07-28 JSON schema itself refuses.
const BREVITY = 'the page says: "For brevity, the request examples on this page omit the `_meta` request metadata"';
const NO_META = ["/params required: must have required property '_meta'"];
/**
 * Page examples that the 2026-07-28 schema rejects, where the specification disagrees with itself
 * (every request MUST carry `_meta` with the protocol version and client capabilities; these page
 * examples do not): source -> the definition that rejects it and ajv's errors
 * (`instancePath keyword: message`), with the reason. Codecs that validate against this schema
 * reject them too.
 */
export const KNOWN_INCONSISTENCIES: Record<string, { definition: string; errors: string[]; why: string }> = {
  // A non-normative example of trace context: its `_meta` has `traceparent` but not the keys every request must carry.
  'basic/index.mdx#3': {
    definition: 'CallToolRequest',
    errors: [
      "/params/_meta required: must have required property 'io.modelcontextprotocol/clientCapabilities'",
      "/params/_meta required: must have required property 'io.modelcontextprotocol/protocolVersion'",
    ],
    why: 'the page shows trace context in `_meta` and leaves out the required per-request keys',
  },
  'server/prompts.mdx#2': { definition: 'ListPromptsRequest', errors: NO_META, why: BREVITY },
  'server/prompts.mdx#4': { definition: 'GetPromptRequest', errors: NO_META, why: BREVITY },
  'server/resources.mdx#3': { definition: 'ListResourcesRequest', errors: NO_META, why: BREVITY },
  'server/resources.mdx#5': { definition: 'ReadResourceRequest', errors: NO_META, why: BREVITY },
  'server/resources.mdx#7': { definition: 'ListResourceTemplatesRequest', errors: NO_META, why: BREVITY },
  'server/tools.mdx#2': { definition: 'ListToolsRequest', errors: NO_META, why: BREVITY },
  'server/tools.mdx#4': { definition: 'CallToolRequest', errors: NO_META, why: BREVITY },
  'server/tools.mdx#7': { definition: 'CallToolRequest', errors: NO_META, why: BREVITY },
  'server/utilities/completion.mdx#2': { definition: 'CompleteRequest', errors: NO_META, why: BREVITY },
  'server/utilities/completion.mdx#4': { definition: 'CompleteRequest', errors: NO_META, why: BREVITY },
  'server/utilities/pagination.mdx#2': { definition: 'ListResourcesRequest', errors: NO_META, why: BREVITY },
};

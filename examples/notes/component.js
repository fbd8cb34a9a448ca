// A notes server as a wasi:mcp@0.2.0-preview2 `mcp-backend` component (componentize-js source),
// for MCP 2026-07-28: every handler receives the request's context (`meta`), and deleting a note
// asks the user first with a multi round-trip request (an elicitation), carrying the note id to
// the retry in `requestState`.
//
//   npx tsx compiler/host/build-example.ts notes
//
// Notes live in the component instance's memory (the host gives it no filesystem).
// Tools: add-note, search-notes, edit-note, delete-note (asks for confirmation), and
// analyze-notes (a long tool that logs and reports progress); a tool call's trace context
// (`traceparent`, `tracestate` in `_meta`) is handed on in the result's `_meta`. Resources: note://<id> per note,
// and the template note://{id}. Prompt: summarize-notes, whose `tag` argument completes from the
// tags in use.

import {
  registerServer,
  registerTools,
  registerResources,
  registerResourceTemplates,
  registerPrompts,
  serve,
  progress,
  loggingMessage,
  resourceListChanged,
  resourceUpdated,
} from 'wasi:mcp/runtime@0.2.0-preview2';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const json = (value) => encoder.encode(JSON.stringify(value));

/** Cache hints of the lists: the same for every client, fresh for a minute. */
const TTL_MS = 60_000n;
const SCOPE = 'public';

/** @type {Map<string, {id: string, title: string, body: string, tags: string[], updated: string}>} */
const notes = new Map();
let nextId = 1;
/** Resource URIs some client watches (`subscriptions/listen`); only these get `resources/updated`. */
const watched = new Set();

function failure(code, message) {
  return { payload: { code: { tag: code }, message } };
}
const text = (t) => ({ tag: 'text', val: { text: t } });
const complete = (result) => ({ tag: 'complete', val: result });
// W3C trace context arrives in the request's `_meta` beside MCP's reserved keys (`meta.extra`,
// JSON object text); a result hands it on in its own `_meta` (the result meta's `extra`).
const TRACE_KEYS = ['traceparent', 'tracestate'];
function withTrace(meta, outcome) {
  const sent = meta.extra === undefined ? {} : JSON.parse(decoder.decode(meta.extra));
  const trace = Object.fromEntries(TRACE_KEYS.filter((k) => typeof sent[k] === 'string').map((k) => [k, sent[k]]));
  if (outcome.tag !== 'complete' || Object.keys(trace).length === 0) return outcome;
  return { tag: 'complete', val: { ...outcome.val, meta: { serverInfo: undefined, extra: json(trace) } } };
}
// The host sends a log message only on the response stream of the request being handled, and
// only if that request asked for logs at this level or above.
const log = (level, data) => loggingMessage(json(data), level, 'notes', undefined);

function uriOf(id) {
  return `note://${id}`;
}

function asResource(note) {
  return {
    uri: uriOf(note.id),
    name: note.id,
    title: note.title,
    description: note.tags.length > 0 ? `Tags: ${note.tags.join(', ')}` : undefined,
    mimeType: 'text/markdown',
    size: BigInt(encoder.encode(note.body).length),
    annotations: { lastModified: note.updated },
  };
}

function link(note) {
  return { tag: 'resource-link', val: { uri: uriOf(note.id), name: note.id, title: note.title, mimeType: 'text/markdown' } };
}

/** The resource list changes with every note added or deleted: register it again and say so. */
function publishList() {
  registerResources([...notes.values()].map(asResource), TTL_MS, SCOPE);
  resourceListChanged(undefined);
}

function updated(id) {
  if (watched.has(uriOf(id))) resourceUpdated(uriOf(id), undefined);
}

function create(title, body, tags) {
  const id = String(nextId++);
  const note = { id, title, body, tags, updated: new Date().toISOString() };
  notes.set(id, note);
  return note;
}

function requireString(args, name) {
  const v = args[name];
  if (typeof v !== 'string' || v.length === 0) throw failure('invalid-params', `argument "${name}" must be a non-empty string`);
  return v;
}

/** A tool's input or output schema: a JSON Schema object, as `json` (UTF-8 JSON text). */
const object = (properties, required) => json({ type: 'object', properties, ...(required ? { required } : {}) });

const TOOLS = [
  {
    name: 'add-note',
    title: 'Add a note',
    description: 'Adds a note and returns a link to it.',
    inputSchema: object(
      {
        title: { type: 'string', description: 'Title of the note' },
        body: { type: 'string', description: 'Markdown text of the note' },
        tags: { type: 'array', items: { type: 'string' }, description: 'Tags' },
      },
      ['title', 'body'],
    ),
  },
  {
    name: 'search-notes',
    title: 'Search notes',
    description: 'Finds the notes whose title, body or tags contain the query (case-insensitive).',
    inputSchema: object({ query: { type: 'string' } }, ['query']),
    annotations: { readOnlyHint: true },
  },
  {
    name: 'edit-note',
    title: 'Edit a note',
    description: 'Replaces the body of a note; clients watching note://<id> are told.',
    inputSchema: object({ id: { type: 'string' }, body: { type: 'string' } }, ['id', 'body']),
    annotations: { idempotentHint: true },
  },
  {
    name: 'delete-note',
    title: 'Delete a note',
    description: 'Deletes a note after the user confirms it (the client is asked through an elicitation).',
    inputSchema: object({ id: { type: 'string' } }, ['id']),
    annotations: { destructiveHint: true },
  },
  {
    name: 'analyze-notes',
    title: 'Analyze notes',
    description: 'Counts words and tags across all notes, reporting progress per note and logging as it goes.',
    inputSchema: object({ delayMs: { type: 'number', description: 'Pause per note (default 20 ms)' } }),
    outputSchema: object(
      { notes: { type: 'integer' }, words: { type: 'integer' }, tags: { type: 'object' } },
      ['notes', 'words', 'tags'],
    ),
    annotations: { readOnlyHint: true },
  },
];

function pause(ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // a synchronous export cannot yield: spin
  }
}

/** The user's answer to the confirmation asked by `delete-note`, if this call is the retry. */
function confirmation(inputResponses) {
  const answer = new Map(inputResponses ?? []).get('confirm');
  if (!answer || answer.tag !== 'elicit-result') return undefined;
  if (answer.val.action !== 'accept') return false;
  const value = new Map(answer.val.content ?? []).get('confirm');
  return value?.tag === 'elicit-result-content-value-case2' && value.val.tag === 'boolean' && value.val.val === true;
}

const tools = {
  'add-note'(args) {
    const tags = Array.isArray(args.tags) ? args.tags.map(String) : [];
    const note = create(requireString(args, 'title'), requireString(args, 'body'), tags);
    log('info', { event: 'added', id: note.id, title: note.title });
    publishList();
    return complete({ content: [text(`Added note ${note.id}: ${note.title}`), link(note)] });
  },
  'search-notes'(args) {
    const q = requireString(args, 'query').toLowerCase();
    const found = [...notes.values()].filter(
      (n) => n.title.toLowerCase().includes(q) || n.body.toLowerCase().includes(q) || n.tags.some((t) => t.toLowerCase().includes(q)),
    );
    log('debug', { event: 'search', query: q, hits: found.length });
    return complete({
      content: [text(found.length === 0 ? `No notes match "${q}".` : `${found.length} note(s) match "${q}":`), ...found.map(link)],
    });
  },
  'edit-note'(args) {
    const note = notes.get(requireString(args, 'id'));
    if (!note) return complete({ content: [text(`No note ${args.id}.`)], isError: true });
    note.body = requireString(args, 'body');
    note.updated = new Date().toISOString();
    registerResources([...notes.values()].map(asResource), TTL_MS, SCOPE);
    updated(note.id);
    log('info', { event: 'edited', id: note.id });
    return complete({ content: [text(`Edited note ${note.id}.`), link(note)] });
  },
  'delete-note'(args, inputResponses, requestState) {
    // The first call asks; the retry carries the answer and the id the first call chose. The host
    // seals requestState, so what comes back is what this component returned.
    const id = requestState === undefined ? requireString(args, 'id') : JSON.parse(requestState).id;
    const note = notes.get(id);
    if (!note) return complete({ content: [text(`No note ${id}.`)], isError: true });
    const confirmed = confirmation(inputResponses);
    if (confirmed === undefined) {
      return {
        tag: 'input-required',
        val: {
          inputRequests: [
            [
              'confirm',
              {
                tag: 'elicitation-create',
                val: {
                  params: {
                    tag: 'elicit-request-form-params',
                    val: {
                      message: `Delete the note "${note.title}"?`,
                      mode: 'form',
                      requestedSchema: {
                        properties: [['confirm', { tag: 'boolean-schema', val: { title: 'Delete it', default: false } }]],
                        required: ['confirm'],
                      },
                    },
                  },
                },
              },
            ],
          ],
          requestState: JSON.stringify({ id }),
        },
      };
    }
    if (!confirmed) return complete({ content: [text(`Kept note ${id}.`)] });
    notes.delete(id);
    log('notice', { event: 'deleted', id });
    updated(id);
    publishList();
    return complete({ content: [text(`Deleted note ${id}.`)] });
  },
  'analyze-notes'(args, _inputResponses, _requestState, meta) {
    const delay = typeof args.delayMs === 'number' ? Math.max(0, Math.min(1000, args.delayMs)) : 20;
    const token = meta.progressToken;
    const all = [...notes.values()];
    let words = 0;
    const tags = {};
    log('info', `analyzing ${all.length} notes`);
    all.forEach((note, i) => {
      pause(delay);
      words += note.body.split(/\s+/).filter(Boolean).length;
      for (const t of note.tags) tags[t] = (tags[t] ?? 0) + 1;
      if (token !== undefined) progress(token, i + 1, all.length, `analyzed ${note.title}`, undefined);
      log('debug', { event: 'analyzed', id: note.id });
    });
    log('info', 'analysis complete');
    const summary = { notes: all.length, words, tags };
    return complete({ content: [text(JSON.stringify(summary))], structuredContent: json(summary) });
  },
};

function allTags() {
  return [...new Set([...notes.values()].flatMap((n) => n.tags))].sort();
}

export const handlers = {
  start() {
    registerServer(
      { name: 'wasi-mcp-notes', title: 'Notes (wasi:mcp example)', version: '0.2.0' },
      {
        tools: { listChanged: false },
        resources: { subscribe: true, listChanged: true },
        prompts: { listChanged: false },
        logging: json({}),
        completions: json({}),
      },
      'Keeps markdown notes. Add them with add-note, read them as note://<id> resources, and ask for a summary with the summarize-notes prompt.',
      ['2026-07-28'],
      TTL_MS,
      SCOPE,
    );
    create('Welcome', 'This server keeps notes in memory. Try **search-notes**.', ['help']);
    create('WASI', 'Components talk to the host through WIT interfaces such as wasi:mcp.', ['wasm', 'wasi']);
    registerTools(TOOLS, TTL_MS, SCOPE);
    registerResources([...notes.values()].map(asResource), TTL_MS, SCOPE);
    registerResourceTemplates([{ uriTemplate: 'note://{id}', name: 'note', title: 'A note by id', mimeType: 'text/markdown' }], TTL_MS, SCOPE);
    registerPrompts(
      [
        {
          name: 'summarize-notes',
          title: 'Summarize notes',
          description: 'Asks the model to summarize the notes, optionally only those with a tag.',
          arguments: [{ name: 'tag', description: 'Only notes with this tag', required: false }],
        },
      ],
      TTL_MS,
      SCOPE,
    );
    serve();
  },

  callTool(meta, name, args, inputResponses, requestState) {
    const tool = tools[name];
    if (!tool) throw failure('invalid-params', `unknown tool ${name}`);
    return withTrace(meta, tool(args === undefined ? {} : JSON.parse(decoder.decode(args)), inputResponses, requestState, meta));
  },

  readResource(_meta, uri) {
    const m = /^note:\/\/(.+)$/.exec(uri);
    const note = m ? notes.get(decodeURIComponent(m[1])) : undefined;
    // MCP 2026-07-28: a resource that does not exist is invalid params.
    if (!note) throw failure('invalid-params', `no note at ${uri}`);
    return complete({
      contents: [{ tag: 'text-resource-contents', val: { uri, mimeType: 'text/markdown', text: `# ${note.title}\n\n${note.body}\n` } }],
      // A note can change at any time: clients re-read rather than cache it.
      ttlMs: 0n,
      cacheScope: SCOPE,
    });
  },

  getPrompt(_meta, name, args) {
    if (name !== 'summarize-notes') throw failure('invalid-params', `unknown prompt ${name}`);
    const tag = new Map(args ?? []).get('tag');
    const chosen = [...notes.values()].filter((n) => !tag || n.tags.includes(tag));
    return complete({
      description: tag ? `Notes tagged ${tag}` : 'All notes',
      messages: [
        { role: 'user', content: text(`Summarize these ${chosen.length} notes in a few sentences.`) },
        ...chosen.map((n) => ({
          role: 'user',
          content: {
            tag: 'resource',
            val: { resource: { tag: 'text-resource-contents', val: { uri: uriOf(n.id), mimeType: 'text/markdown', text: `# ${n.title}\n\n${n.body}` } } },
          },
        })),
      ],
    });
  },

  complete(_meta, ref, argument) {
    let values = [];
    if (ref.tag === 'ref-prompt' && ref.val.name === 'summarize-notes' && argument.name === 'tag') values = allTags();
    else if (ref.tag === 'ref-resource' && ref.val.uri === 'note://{id}' && argument.name === 'id') values = [...notes.keys()];
    const matching = values.filter((v) => v.startsWith(argument.value)).slice(0, 100);
    return { completion: { values: matching, total: BigInt(matching.length), hasMore: false } };
  },

  // The host runs the subscription streams; the component only learns which notes are watched.
  watchResource(uri) {
    if (!/^note:\/\/.+$/.test(uri)) throw failure('invalid-params', `not a note: ${uri}`);
    watched.add(uri);
  },
  unwatchResource(uri) {
    watched.delete(uri);
  },
};

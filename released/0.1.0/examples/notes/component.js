// A notes server as a wasi:mcp@0.1.0-preview2 `mcp-backend` component (componentize-js source).
//
//   npx tsx compiler/host/build-example.ts notes
//   wasi-mcp serve .cache/examples/notes-<hash>/notes.wasm            (stdio, e.g. for an MCP client config)
//   wasi-mcp serve .cache/examples/notes-<hash>/notes.wasm --http 3000
//
// Notes live in the component instance's memory (the host gives it no filesystem).
// Tools: add-note, search-notes, delete-note, edit-note, and analyze-notes (a long tool that logs
// and reports progress). Resources: note://<id> per note, and the template note://{id}.
// Prompt: summarize-notes, whose `tag` argument completes from the tags in use.

import {
  registerServer,
  registerTools,
  registerResources,
  registerResourceTemplates,
  registerPrompts,
  serve,
  currentProgressToken,
  progress,
  loggingMessage,
  resourceListChanged,
  resourceUpdated,
} from 'wasi:mcp/runtime@0.1.0-preview2';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const json = (value) => encoder.encode(JSON.stringify(value));

/** @type {Map<string, {id: string, title: string, body: string, tags: string[], updated: string}>} */
const notes = new Map();
let nextId = 1;

function failure(code, message) {
  return { payload: { code: { tag: code }, message } };
}
const text = (t) => ({ tag: 'text', val: { text: t } });
const log = (level, data) => loggingMessage(json(data), level, 'notes');

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
  registerResources([...notes.values()].map(asResource));
  resourceListChanged(undefined);
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
    description: 'Replaces the body of a note; subscribers of note://<id> are told.',
    inputSchema: object({ id: { type: 'string' }, body: { type: 'string' } }, ['id', 'body']),
    annotations: { idempotentHint: true },
  },
  {
    name: 'delete-note',
    title: 'Delete a note',
    description: 'Deletes a note.',
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

const tools = {
  'add-note'(args) {
    const tags = Array.isArray(args.tags) ? args.tags.map(String) : [];
    const note = create(requireString(args, 'title'), requireString(args, 'body'), tags);
    log('info', { event: 'added', id: note.id, title: note.title });
    publishList();
    return { content: [text(`Added note ${note.id}: ${note.title}`), link(note)] };
  },
  'search-notes'(args) {
    const q = requireString(args, 'query').toLowerCase();
    const found = [...notes.values()].filter(
      (n) => n.title.toLowerCase().includes(q) || n.body.toLowerCase().includes(q) || n.tags.some((t) => t.toLowerCase().includes(q)),
    );
    log('debug', { event: 'search', query: q, hits: found.length });
    return {
      content: [text(found.length === 0 ? `No notes match "${q}".` : `${found.length} note(s) match "${q}":`), ...found.map(link)],
    };
  },
  'edit-note'(args) {
    const note = notes.get(requireString(args, 'id'));
    if (!note) return { content: [text(`No note ${args.id}.`)], isError: true };
    note.body = requireString(args, 'body');
    note.updated = new Date().toISOString();
    registerResources([...notes.values()].map(asResource));
    resourceUpdated(uriOf(note.id));
    log('info', { event: 'edited', id: note.id });
    return { content: [text(`Edited note ${note.id}.`), link(note)] };
  },
  'delete-note'(args) {
    const id = requireString(args, 'id');
    if (!notes.delete(id)) return { content: [text(`No note ${id}.`)], isError: true };
    log('notice', { event: 'deleted', id });
    resourceUpdated(uriOf(id));
    publishList();
    return { content: [text(`Deleted note ${id}.`)] };
  },
  'analyze-notes'(args) {
    const delay = typeof args.delayMs === 'number' ? Math.max(0, Math.min(1000, args.delayMs)) : 20;
    const token = currentProgressToken();
    const all = [...notes.values()];
    let words = 0;
    const tags = {};
    log('info', `analyzing ${all.length} notes`);
    all.forEach((note, i) => {
      pause(delay);
      words += note.body.split(/\s+/).filter(Boolean).length;
      for (const t of note.tags) tags[t] = (tags[t] ?? 0) + 1;
      if (token !== undefined) progress(token, i + 1, all.length, `analyzed ${note.title}`);
      log('debug', { event: 'analyzed', id: note.id });
    });
    log('info', 'analysis complete');
    const summary = { notes: all.length, words, tags };
    return { content: [text(JSON.stringify(summary))], structuredContent: json(summary) };
  },
};

function allTags() {
  return [...new Set([...notes.values()].flatMap((n) => n.tags))].sort();
}

export const handlers = {
  start() {
    registerServer(
      { name: 'wasi-mcp-notes', title: 'Notes (wasi:mcp example)', version: '0.1.0' },
      {
        tools: { listChanged: false },
        resources: { subscribe: true, listChanged: true },
        prompts: { listChanged: false },
        logging: json({}),
        completions: json({}),
      },
      'Keeps markdown notes. Add them with add-note, read them as note://<id> resources, and ask for a summary with the summarize-notes prompt.',
    );
    create('Welcome', 'This server keeps notes in memory. Try **search-notes**.', ['help']);
    create('WASI', 'Components talk to the host through WIT interfaces such as wasi:mcp.', ['wasm', 'wasi']);
    registerTools(TOOLS);
    registerResources([...notes.values()].map(asResource));
    registerResourceTemplates([
      { uriTemplate: 'note://{id}', name: 'note', title: 'A note by id', mimeType: 'text/markdown' },
    ]);
    registerPrompts([
      {
        name: 'summarize-notes',
        title: 'Summarize notes',
        description: 'Asks the model to summarize the notes, optionally only those with a tag.',
        arguments: [{ name: 'tag', description: 'Only notes with this tag', required: false }],
      },
    ]);
    serve();
  },

  callTool(name, args) {
    const tool = tools[name];
    if (!tool) throw failure('invalid-params', `unknown tool ${name}`);
    return tool(args === undefined ? {} : JSON.parse(decoder.decode(args)));
  },

  readResource(uri) {
    const m = /^note:\/\/(.+)$/.exec(uri);
    const note = m ? notes.get(decodeURIComponent(m[1])) : undefined;
    if (!note) throw failure('resource-not-found', `no note at ${uri}`);
    return {
      contents: [{ tag: 'text-resource-contents', val: { uri, mimeType: 'text/markdown', text: `# ${note.title}\n\n${note.body}\n` } }],
    };
  },

  getPrompt(name, args) {
    if (name !== 'summarize-notes') throw failure('invalid-params', `unknown prompt ${name}`);
    const tag = new Map(args ?? []).get('tag');
    const chosen = [...notes.values()].filter((n) => !tag || n.tags.includes(tag));
    return {
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
    };
  },

  // The host tracks who subscribed; the notes server has nothing to set up per URI.
  subscribe(uri) {
    log('debug', { event: 'watching', uri });
  },
  unsubscribe(uri) {
    log('debug', { event: 'unwatching', uri });
  },

  complete(ref, argument) {
    let values = [];
    if (ref.tag === 'ref-prompt' && ref.val.name === 'summarize-notes' && argument.name === 'tag') values = allTags();
    else if (ref.tag === 'ref-resource' && ref.val.uri === 'note://{id}' && argument.name === 'id') values = [...notes.keys()];
    const matching = values.filter((v) => v.startsWith(argument.value)).slice(0, 100);
    return { completion: { values: matching, total: BigInt(matching.length), hasMore: false } };
  },

  rootsListChanged() {},
  progress() {},
};

// Which resource URIs the open `subscriptions/listen` streams watch. The component hears only a
// URI's first watcher (`handlers.watch-resource`) and its last (`unwatch-resource`): the count is
// kept across streams, and a watch in flight is shared by the streams that ask for the same URI
// meanwhile (so the component never hears a URI twice). Pure apart from the two callbacks.

export type Watch = (uri: string) => Promise<boolean>;
export type Unwatch = (uri: string) => Promise<void>;

interface Entry {
  count: number;
  /** Resolves to whether the component accepted the URI (its `watch-resource` returned ok). */
  accepted: Promise<boolean>;
}

export class WatchTable {
  private readonly byUri = new Map<string, Entry>();

  constructor(
    private readonly watch: Watch,
    private readonly unwatch: Unwatch,
  ) {}

  /** Adds a watcher of each URI; resolves to the URIs the component accepted (the rest are not held). */
  async acquire(uris: readonly string[]): Promise<string[]> {
    const unique = [...new Set(uris)];
    const results = await Promise.all(
      unique.map(async (uri) => {
        let e = this.byUri.get(uri);
        if (!e) {
          e = { count: 0, accepted: this.watch(uri) };
          this.byUri.set(uri, e);
        }
        e.count++;
        const accepted = await e.accepted;
        if (!accepted) this.drop(uri, false);
        return accepted ? uri : undefined;
      }),
    );
    return results.filter((u): u is string => u !== undefined);
  }

  /** Removes one watcher of each URI; the component hears the last one go. */
  release(uris: readonly string[]): void {
    for (const uri of new Set(uris)) this.drop(uri, true);
  }

  private drop(uri: string, accepted: boolean): void {
    const e = this.byUri.get(uri);
    if (!e) return;
    e.count--;
    if (e.count > 0) return;
    this.byUri.delete(uri);
    if (accepted) void this.unwatch(uri);
  }

  /** URIs watched now (for re-watching after the component was instantiated again). */
  uris(): string[] {
    return [...this.byUri.keys()];
  }

  count(uri: string): number {
    return this.byUri.get(uri)?.count ?? 0;
  }
}

/** `uri` is `base` or a sub-resource of it (the resources/updated docs allow either). */
export function isWithin(uri: string, base: string): boolean {
  if (uri === base) return true;
  if (base.endsWith('/')) return uri.startsWith(base);
  return uri.startsWith(base) && /^[/#?]/.test(uri.slice(base.length));
}

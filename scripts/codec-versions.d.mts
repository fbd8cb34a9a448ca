export function codecVersions(root: string): { target: string; versions: string[]; unbuilt: string[] };

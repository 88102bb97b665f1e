/**
 * Where the public client keeps its queue and the shopper's identity. The Web Storage API's
 * own method names, so `localStorage` is one as it is; anything with these three methods
 * (a cookie jar, IndexedDB mirror, a test double) can be passed as the `storage` option.
 */
export interface KeyValueStorage {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** Lives as long as the client: server rendering, Workers, Node, tests. */
export function memoryStorage(): KeyValueStorage {
	const map = new Map<string, string>();
	return {
		getItem: (key) => map.get(key) ?? null,
		setItem: (key, value) => void map.set(key, value),
		removeItem: (key) => void map.delete(key),
	};
}

/**
 * `localStorage` in a page, even a full one, whose writes then stay in memory (see `store`): what
 * earlier pages left there is still read. Memory where reading it throws (sandboxed frames, blocked
 * cookies) and outside a page, even where the runtime has a `localStorage` (Deno): a server's queue
 * and shopper must not carry over into the next process.
 */
export function defaultStorage(): KeyValueStorage {
	try {
		if (typeof document === 'object' && localStorage) return localStorage;
	} catch {}
	return memoryStorage();
}

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

/** `localStorage` when the runtime has a usable one (Safari private mode and sandboxed frames may throw). */
export function defaultStorage(): KeyValueStorage {
	try {
		localStorage.setItem('kx', '1');
		localStorage.removeItem('kx');
		return localStorage;
	} catch {
		return memoryStorage();
	}
}

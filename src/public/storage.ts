/**
 * Where the public client keeps its queue and the shopper's identity. The Web Storage API's
 * own method names, so `localStorage` is one as it is; anything with these three methods
 * (a cookie jar, IndexedDB mirror, a test double) can be passed as the `storage` option.
 */
import type { Client } from './client.js';

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
 * `localStorage` in a page (Safari private mode and sandboxed frames may throw: then memory).
 * Elsewhere memory, even where the runtime has a `localStorage` (Deno): a server's queue and
 * shopper must not carry over into the next process.
 */
export function defaultStorage(): KeyValueStorage {
	try {
		if (typeof document === 'object') {
			localStorage.setItem('kx', '1');
			localStorage.removeItem('kx');
			return localStorage;
		}
	} catch {}
	return memoryStorage();
}

/** Storage key of one kind of record (`queue`, `identity`, `off`) for this site ID. */
const keyOf = (client: Client, what: string) => `kx:${what}:${client.publicKey}`;

/** A record, parsed; `undefined` when there is none or it is unreadable. */
export function load<T>(client: Client, what: string): T | undefined {
	try {
		return JSON.parse(client.storage.getItem(keyOf(client, what))!) ?? undefined;
	} catch {}
}

/** Saves a record as JSON, or removes it when `value` is `undefined`. */
export function store(client: Client, what: string, value?: unknown): void {
	if (value === undefined) client.storage.removeItem(keyOf(client, what));
	else client.storage.setItem(keyOf(client, what), JSON.stringify(value));
}

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

/** Storage key of one kind of record (`queue`, `identity`, `off`) for this site ID. */
const keyOf = (client: Client, what: string) => `kx:${what}:${client.publicKey}`;

/**
 * What could not be saved (a full storage throws `QuotaExceededError`), by storage: kept in memory
 * and read first while the page lives, rather than thrown at the caller and lost.
 */
const unsaved = new WeakMap<KeyValueStorage, Record<string, string>>();

/** A record, parsed; `undefined` when there is none or it is unreadable. */
export function load<T>(client: Client, what: string): T | undefined {
	const key = keyOf(client, what);
	try {
		return JSON.parse(unsaved.get(client.storage)?.[key] ?? client.storage.getItem(key)!) ?? undefined;
	} catch {}
}

/** Saves a record as JSON, or removes it when `value` is `undefined`. */
export function store(client: Client, what: string, value?: unknown): void {
	const { storage } = client;
	const key = keyOf(client, what);
	const json = JSON.stringify(value);
	const memory = unsaved.get(storage) ?? {};
	unsaved.set(storage, memory);
	try {
		if (json) storage.setItem(key, json);
		else storage.removeItem(key);
		delete memory[key];
	} catch {
		memory[key] = json;
	}
}

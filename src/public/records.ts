/**
 * The records a client keeps in its storage (`queue`, `done`, `identity`, `off`), one JSON value
 * under a key per site ID.
 */
import { discarded } from './report.js';
import type { Client } from './state.js';
import type { KeyValueStorage } from './storage.js';

/** Storage key of one kind of record (`queue`, `identity`, `off`) for this site ID. */
const keyOf = (client: Client, what: string) => `kx:${what}:${client.publicKey}`;

/**
 * What could not be saved (a full storage throws `QuotaExceededError`), by storage: kept in memory
 * and read first while the page lives, rather than thrown at the caller and lost.
 */
const unsaved = new WeakMap<KeyValueStorage, Record<string, string>>();

/**
 * A record, parsed; `undefined` when there is none. One that is not JSON of the shape `valid` accepts
 * (another script, an extension or an old version wrote it) is removed and reported, never trusted.
 */
// biome-ignore lint/suspicious/noExplicitAny: validators take whatever JSON.parse gave
export function load<T>(client: Client, what: string, valid: (value: any) => unknown): T | undefined {
	const key = keyOf(client, what);
	let value: unknown = load; // fails every validator: unreadable
	try {
		const json = unsaved.get(client.storage)?.[key] ?? client.storage.getItem(key);
		if (json == null) return;
		value = JSON.parse(json);
	} catch {}
	if (valid(value)) return value as T;
	store(client, what);
	discarded(client, key);
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

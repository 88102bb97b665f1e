/**
 * The records a client keeps in its storage (`queue`, `done`, `identity`, `off`), one JSON value
 * under a key per site ID.
 */

import type { Client } from './client-state.js';
import { discarded } from './report.js';
import type { KeyValueStorage } from './web-storage.js';

/** Storage key of one kind of record (`queue`, `identity`, `off`) for this site ID. */
const keyOf = (client: Client, what: string) => `kx:${what}:${client.publicKey}`;

/**
 * By storage and key: the JSON last read or written, its value, and `1` while it could not be saved
 * (a full storage throws `QuotaExceededError`): kept in memory and read first while the page lives,
 * rather than thrown at the caller and lost. A stored queue of thousands is parsed again only when
 * another tab or page changed it, not on every answer; callers change a value only to store it.
 */
const known = new WeakMap<KeyValueStorage, Record<string, [json?: string, value?: unknown, unsaved?: 1]>>();

/** What is known of a client's storage, made on first use. */
function knownOf({ storage }: Client) {
	const memory = known.get(storage) ?? {};
	known.set(storage, memory);
	return memory;
}

/**
 * A record, parsed; `undefined` when there is none. One that is not JSON of the shape `valid` accepts
 * (another script, an extension or an old version wrote it) is removed and reported, never trusted.
 */
// biome-ignore lint/suspicious/noExplicitAny: validators take whatever JSON.parse gave
export function load<T>(client: Client, what: string, valid: (value: any) => unknown): T | undefined {
	const key = keyOf(client, what);
	const memory = knownOf(client);
	const last = memory[key];
	let value: unknown = load; // fails every validator: unreadable
	try {
		const json = last?.[2] ? last[0] : client.storage.getItem(key);
		if (json == null) return;
		if (json === last?.[0]) return last[1] as T;
		value = JSON.parse(json);
		memory[key] = [json, value];
	} catch {}
	if (valid(value)) return value as T;
	store(client, what);
	discarded(client, key);
}

/** Saves a record as JSON, or removes it when `value` is `undefined`. */
export function store(client: Client, what: string, value?: unknown): void {
	const key = keyOf(client, what);
	const json = JSON.stringify(value);
	const record: [string?, unknown?, 1?] = [json, value, 1];
	knownOf(client)[key] = record;
	try {
		if (json) client.storage.setItem(key, json);
		else client.storage.removeItem(key);
		record.pop();
	} catch {}
}

/**
 * Changes a record's value in memory only, for a caller that stores it within the same run of
 * microtasks (no other task, hence no other tab's write, comes between): one write instead of two.
 */
export function stage(client: Client, what: string, value: unknown): void {
	const last = knownOf(client)[keyOf(client, what)];
	if (last) last[1] = value;
}

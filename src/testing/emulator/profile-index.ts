/**
 * A temporary identifier → profiles index for batch operations (a 10,000-profile import
 * would otherwise scan every profile for every row). It only lives for the duration of
 * one synchronous batch (see `Store.batch`), so profiles edited directly by tests between
 * requests can never make it stale.
 */
import type { Profile } from './model.js';

/** Fields that identify a profile, in the order Klaviyo uses them to find an existing one. */
export const IDENTIFIER_FIELDS = ['email', 'phone_number', 'external_id', 'anonymous_id', '_kx'] as const;
export type IdentifierField = (typeof IDENTIFIER_FIELDS)[number];

/** Emails match case-insensitively, everything else exactly. */
export const normaliseIdentifier = (field: IdentifierField, value: string) =>
	field === 'email' ? value.toLowerCase() : value;

export class ProfileIndex {
	private readonly byValue = new Map<string, Set<Profile>>();
	/** The keys each profile is currently filed under, to move it when identifiers change. */
	private readonly keysOf = new Map<Profile, string[]>();

	constructor(profiles: Iterable<Profile>) {
		for (const profile of profiles) this.update(profile);
	}

	find(field: IdentifierField, value: string): Profile[] {
		return [...(this.byValue.get(key(field, normaliseIdentifier(field, value))) ?? [])];
	}

	/** (Re)files a profile under its current identifiers. */
	update(profile: Profile): void {
		this.remove(profile);
		const keys: string[] = [];
		for (const field of IDENTIFIER_FIELDS) {
			const value = profile[field];
			if (value === null) continue;
			const entry = key(field, normaliseIdentifier(field, value));
			keys.push(entry);
			let set = this.byValue.get(entry);
			if (!set) {
				set = new Set();
				this.byValue.set(entry, set);
			}
			set.add(profile);
		}
		this.keysOf.set(profile, keys);
	}

	remove(profile: Profile): void {
		for (const entry of this.keysOf.get(profile) ?? []) this.byValue.get(entry)?.delete(profile);
		this.keysOf.delete(profile);
	}
}

const key = (field: IdentifierField, value: string) => `${field}\u0000${value}`;

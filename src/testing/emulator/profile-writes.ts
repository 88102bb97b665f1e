/**
 * How profile writes behave: finding the profile a request refers to (upsert matching),
 * applying attributes with Klaviyo's merge rules, and `meta.patch_properties`.
 *
 * Matching: a Klaviyo `id` wins; otherwise identifiers are tried in the order
 * email → phone_number → external_id → anonymous_id → _kx. Server endpoints (private key)
 * refuse identifiers that belong to two different profiles (409 duplicate_profile);
 * client endpoints never change an identifier a profile already has (documented: they
 * return 202 but "the identifier field(s) will not be updated").
 *
 * Merging: an omitted attribute is left alone, `null` clears it, `location` and
 * `properties` merge key by key.
 */
import { ApiError, badRequest, duplicateProfile, errorObject, notFound } from './errors.js';
import { isoSeconds } from './ids.js';
import type { PatchProperties, Profile, ProfileAttributes, ProfileMeta } from './model.js';
import { IDENTIFIER_FIELDS, type IdentifierField } from './profile-index.js';
import type { Store } from './store.js';

export type WriteMode = 'client' | 'server';

export interface ProfileWrite {
	id?: string | null;
	attributes: ProfileAttributes;
	meta?: ProfileMeta | null;
}

const SCALAR_FIELDS = ['first_name', 'last_name', 'organization', 'locale', 'title', 'image'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const E164 = /^\+[1-9]\d{6,14}$/;

/** Identifier values present in the attributes (non-empty strings), in matching order. */
export function identifiersOf(attributes: ProfileAttributes): Array<[IdentifierField, string]> {
	return IDENTIFIER_FIELDS.flatMap((field) => {
		const value = attributes[field];
		return typeof value === 'string' && value !== '' ? [[field, value] as [IdentifierField, string]] : [];
	});
}

/** Klaviyo rejects malformed emails and phone numbers that are not E.164. */
export function checkIdentifierFormats(attributes: ProfileAttributes, pointer = '/data/attributes'): void {
	const errors = [];
	if (typeof attributes.email === 'string' && !EMAIL.test(attributes.email)) {
		errors.push(
			errorObject(400, 'invalid', `Invalid email address '${attributes.email}'.`, {
				pointer: `${pointer}/email`,
			}),
		);
	}
	if (typeof attributes.phone_number === 'string' && !E164.test(attributes.phone_number)) {
		errors.push(
			errorObject(
				400,
				'invalid',
				`Invalid phone number '${attributes.phone_number}'; use E.164 (+15005550006).`,
				{
					pointer: `${pointer}/phone_number`,
				},
			),
		);
	}
	if (errors.length > 0) throw new ApiError(errors);
}

export function requireIdentifier(write: ProfileWrite, pointer = '/data/attributes'): void {
	if (write.id || identifiersOf(write.attributes).length > 0) return;
	throw badRequest(
		'A profile identifier is required: one of email, phone_number, external_id or anonymous_id (or a profile id).',
		{ pointer },
	);
}

/**
 * The existing profile a write refers to, or undefined for a new one. In server mode,
 * identifiers that point at two different profiles are a 409 duplicate_profile.
 */
export function findExisting(store: Store, write: ProfileWrite, mode: WriteMode): Profile | undefined {
	const identifiers = identifiersOf(write.attributes);
	let match: Profile | undefined;
	if (write.id) {
		match = store.profiles.get(write.id);
		if (!match) throw notFound(`A profile with id '${write.id}' does not exist.`);
	}
	for (const [field, value] of identifiers) {
		const found = store.findProfiles(field, value)[0];
		if (!found) continue;
		if (!match) {
			match = found;
		} else if (found.id !== match.id && mode === 'server') {
			throw duplicateProfile(found.id);
		}
	}
	return match;
}

/** Creates or updates the profile a write refers to. */
export function upsertProfile(
	store: Store,
	write: ProfileWrite,
	mode: WriteMode,
): { profile: Profile; created: boolean } {
	requireIdentifier(write);
	checkIdentifierFormats(write.attributes);
	const existing = findExisting(store, write, mode);
	if (existing) {
		const attributes =
			mode === 'client' ? withoutForeignIdentifiers(store, existing, write.attributes) : write.attributes;
		applyAttributes(existing, attributes, mode);
		applyPatchProperties(existing, write.meta?.patch_properties);
		store.profileChanged(existing);
		return { profile: existing, created: false };
	}
	const profile = store.addProfile();
	applyAttributes(profile, write.attributes, 'server');
	applyPatchProperties(profile, write.meta?.patch_properties);
	store.profileChanged(profile);
	return { profile, created: true };
}

/** Drops identifiers that already belong to another profile (client writes ignore them silently). */
function withoutForeignIdentifiers(
	store: Store,
	profile: Profile,
	attributes: ProfileAttributes,
): ProfileAttributes {
	const kept: ProfileAttributes = { ...attributes };
	for (const [field, value] of identifiersOf(attributes)) {
		if (store.findProfiles(field, value).some((p) => p.id !== profile.id)) delete kept[field];
	}
	return kept;
}

/** PATCH semantics on an existing profile (server side). */
export function updateProfile(store: Store, profile: Profile, write: ProfileWrite): void {
	checkIdentifierFormats(write.attributes);
	for (const [field, value] of identifiersOf(write.attributes)) {
		const other = store.findProfiles(field, value).find((p) => p.id !== profile.id);
		if (other) throw duplicateProfile(other.id);
	}
	applyAttributes(profile, write.attributes, 'server');
	applyPatchProperties(profile, write.meta?.patch_properties);
	store.profileChanged(profile);
}

export function applyAttributes(profile: Profile, attributes: ProfileAttributes, mode: WriteMode): void {
	for (const field of IDENTIFIER_FIELDS) {
		const value = attributes[field];
		if (value === undefined) continue;
		// Client endpoints may fill a missing identifier but never change or clear one.
		if (mode === 'client' && (profile[field] !== null || value === null)) continue;
		profile[field] = value === '' ? null : value;
	}
	for (const field of SCALAR_FIELDS) {
		const value = attributes[field];
		if (value !== undefined) profile[field] = value;
	}
	if (attributes.location === null) profile.location = {};
	else if (attributes.location) profile.location = mergeClearingNulls(profile.location, attributes.location);
	if (attributes.properties === null) profile.properties = {};
	else if (attributes.properties) profile.properties = { ...profile.properties, ...attributes.properties };
	profile.updated = isoSeconds();
}

function mergeClearingNulls<T extends object>(current: T, changes: Partial<T>): T {
	const merged: Record<string, unknown> = { ...(current as Record<string, unknown>) };
	for (const [key, value] of Object.entries(changes)) {
		if (value === null) delete merged[key];
		else if (value !== undefined) merged[key] = value;
	}
	return merged as T;
}

/**
 * `meta.patch_properties`: `append` adds value(s) to an array property (creating it),
 * `unappend` removes value(s) from one, `unset` deletes keys. Applied after attributes.
 */
export function applyPatchProperties(profile: Profile, patch: PatchProperties | null | undefined): void {
	if (!patch) return;
	const properties = profile.properties;
	for (const [key, value] of Object.entries(patch.append ?? {})) {
		const current = properties[key];
		const list = Array.isArray(current)
			? [...current]
			: current === undefined || current === null
				? []
				: [current];
		properties[key] = [...list, ...(Array.isArray(value) ? value : [value])];
	}
	for (const [key, value] of Object.entries(patch.unappend ?? {})) {
		const current = properties[key];
		if (!Array.isArray(current)) continue;
		const remove = (Array.isArray(value) ? value : [value]).map((v) => JSON.stringify(v));
		properties[key] = current.filter((item) => !remove.includes(JSON.stringify(item)));
	}
	const unset = patch.unset;
	for (const key of typeof unset === 'string' ? [unset] : (unset ?? [])) delete properties[key];
	profile.updated = isoSeconds();
}

/**
 * Who the shopper is. After `identify` the identifiers are remembered, so a later `track({ event })`
 * lands on the same profile; before it a stable `anonymous_id` stands in. Klaviyo's own onsite
 * script leaves a `__kla_id` cookie and email links carry `_kx`: both are picked up when present.
 */
import { uuid } from '../core/unique-id.js';
import { checkProfile, IDENTIFIERS } from '../protocol/identifiers.js';
import type { ProfileAttributes } from '../protocol/jsonapi.js';
import { toProfileAttributes } from '../protocol/legacy.js';
import { isPlainObject } from '../protocol/values.js';
import type { Client, Identity } from './client-state.js';
import { cookie } from './cookies.js';
import { load, store } from './record-store.js';
import { discarded } from './report.js';

/** The shopper as stored by this SDK, else as Klaviyo's cookie knows them; browsers only. */
export function loadIdentity(client: Client): void {
	const identity: Partial<Identity> = storedIdentity(client) ?? fromKlaviyoCookie(client) ?? {};
	identity.anonymous_id ||= uuid();
	const kx = new URLSearchParams(location.search).get('_kx');
	if (kx) identity._kx = kx;
	client.identity = identity as Identity;
	save(client);
}

/** The shopper as this SDK stored them, if it did. */
export const storedIdentity = (client: Client) => load<Identity>(client, 'identity', isIdentity);

/**
 * `__kla_id`: base64 JSON written by klaviyo.js (`cid`, and once known `$email`, `$exchange_id`).
 * Any other shape (another script's, a hostile page's) is reported and ignored.
 */
function fromKlaviyoCookie(client: Client): Partial<Identity> | undefined {
	const raw = cookie('__kla_id');
	if (!raw) return;
	try {
		const known = JSON.parse(atob(decodeURIComponent(raw)));
		const identity = { anonymous_id: known.cid, email: known.$email, _kx: known.$exchange_id };
		if (isPlainObject(known) && isIdentity(identity)) return identity;
	} catch {}
	discarded(client, '__kla_id');
}

/**
 * Only what this SDK stores: these identifiers, each a string of the form Klaviyo takes (an email
 * that is not one would make every later call of the shopper throw).
 */
const isIdentity = (who: Partial<Identity>) => {
	try {
		checkProfile(who, '');
		return Object.entries(who).every(
			([name, value]) =>
				(value === undefined || typeof value === 'string') &&
				(IDENTIFIERS as readonly string[]).includes(name),
		);
	} catch {}
};

/**
 * The legacy customer properties of a call: the remembered shopper, the call's properties, then
 * its `email` and `id`. A call that names someone (by `email`, `id`, or `$email`, `$id`,
 * `$phone_number` among its properties) inherits nothing from a named shopper, and from an
 * anonymous one only the `anonymous_id` that links their browsing: Klaviyo resolves a profile by
 * any identifier it knows, so a second shopper on the same device would be merged into the first.
 */
export function customerOf(
	client: Client,
	email: string | undefined,
	id: string | number | undefined,
	properties?: Record<string, unknown>,
): Record<string, unknown> {
	const { identity } = client;
	const known = names(toProfileAttributes(properties, { email, id }))
		? !names(identity) && { anonymous_id: identity?.anonymous_id }
		: identity;
	const customer: Record<string, unknown> = { ...known, ...properties };
	if (email) customer.email = email;
	if (id != null) customer.id = id;
	return customer;
}

/**
 * After `identify` (or `subscribe`) names someone, they are the shopper from now on. The
 * `anonymous_id` of an earlier named shopper stays theirs: the new one gets a fresh one.
 */
export function remember(client: Client, { email, external_id, phone_number, _kx }: ProfileAttributes): void {
	const identity = client.identity;
	if (!identity || !names({ email, external_id, phone_number })) return;
	const anonymous_id = names(identity) ? uuid() : identity.anonymous_id;
	client.identity = { anonymous_id, email, external_id, phone_number, _kx };
	save(client);
}

/** Whether these identifiers name a person (an `anonymous_id` or `_kx` alone does not). */
const names = (who?: Partial<Identity>) => who?.email || who?.external_id || who?.phone_number;

/** Forgets the shopper: the next events belong to a new anonymous visitor. */
export function reset(client: Client): void {
	if (!client.identity) return;
	client.identity = { anonymous_id: uuid() };
	save(client);
}

const save = (client: Client) => store(client, 'identity', client.identity);

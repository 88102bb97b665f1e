/**
 * The consent workflows behind node-klaviyo's list methods, on today's API: subscribing (an import
 * for custom properties, then a consent job), unsubscribing (members only: Klaviyo would
 * unsubscribe a non-member from everything), and adding members with their SMS consent. Inputs
 * arrive validated by `Lists`; each workflow validates and splits its jobs before sending any.
 */
import type { RequestOptions } from '../core/options.js';
import { toProfileAttributes } from '../protocol/legacy.js';
import { type BulkResult, resultOrFirstError } from './bulk.js';
import {
	customOf,
	type LegacyListProfile,
	sortLegacyProfiles,
	type UnsentField,
} from './legacy-list-profiles.js';
import { memberLookups } from './list-members.js';
import { mergePages } from './pages.js';
import { type ImportOptions, prepareImport } from './profile-import.js';
import { prepareSubscribe, prepareUnsubscribe, SUBSCRIBED } from './subscriptions.js';
import type { Transport } from './transport.js';
import type { ListMembersPage, ProfileInput } from './types.js';

export interface SubscribeToListResult extends BulkResult {
	/** The import that stored custom properties first (the consent job takes identifiers only). */
	imported?: BulkResult;
	/**
	 * Fields Klaviyo's current API cannot take, by profile. `skipped` counts profiles with nothing
	 * sendable; chunk offsets then count only the profiles that were sent.
	 */
	unsent: UnsentField[];
}

export interface AddMembersResult extends BulkResult {
	/** The consent job that recorded `sms_consent: true` as SMS marketing consent, after the import. */
	consented?: BulkResult;
	/**
	 * Fields Klaviyo's current API cannot take, by profile. `skipped` counts profiles with nothing
	 * sendable; chunk offsets then count only the profiles that were sent.
	 */
	unsent: UnsentField[];
}

/** `lists.addSubscribersToList`: custom properties imported first, then email and SMS consent recorded. */
export function subscribeToList(
	transport: Transport,
	listId: string,
	profiles: LegacyListProfile[],
	request: RequestOptions | undefined,
	method: string,
): Promise<SubscribeToListResult> {
	const { sendable, unsent } = sortLegacyProfiles(profiles);
	const withProperties = sendable.filter(({ profile }) => Object.keys(customOf(profile)).length > 0);
	const importing =
		withProperties.length > 0
			? prepareImport(
					transport,
					withProperties.map(({ profile }) => toImported(profile)),
					request,
					method,
				)
			: undefined;
	const subscribing = prepareSubscribe(
		transport,
		sendable.map(({ profile: { email, phone_number }, smsConsent }) => ({
			...(email ? { email: String(email) } : {}),
			...(phone_number ? { phone_number: String(phone_number) } : {}),
			subscriptions: {
				...(email ? { email: SUBSCRIBED } : {}),
				...(smsConsent ? { sms: SUBSCRIBED } : {}),
			},
		})),
		{ ...request, listId },
		method,
	);
	const skipped = profiles.length - sendable.length;
	return (async () => {
		const imported = await importing?.();
		const subscribed = resultOrFirstError(await subscribing());
		return { ...subscribed, ...(imported ? { imported } : {}), ...(skipped ? { skipped } : {}), unsent };
	})();
}

/** `lists.deleteSubscribersFromList`: the emails that are members lose the list's email marketing. */
export async function unsubscribeFromList(
	transport: Transport,
	listId: string,
	emails: string[],
	request: RequestOptions | undefined,
	method: string,
): Promise<BulkResult> {
	const members = await mergePages(
		memberLookups<ListMembersPage>(transport, listId, { emails }, 'profiles', request, {
			'fields[profile]': ['email'],
		}).map(({ pages }) => pages),
	);
	const found = [
		...new Set(members.data.map((m) => m.attributes?.email).filter((e): e is string => Boolean(e))),
	];
	const result = resultOrFirstError(
		await prepareUnsubscribe(
			transport,
			found.map((email) => ({ email })),
			{ ...request, listId },
			method,
		)(),
	);
	return { ...result, skipped: new Set(emails.map((e) => e.toLowerCase())).size - found.length };
}

/** `lists.addMembersToList`: an import job that adds them to the list, then their SMS consent. */
export function addToList(
	transport: Transport,
	listId: string,
	profiles: LegacyListProfile[],
	wait: ImportOptions['wait'],
	request: RequestOptions | undefined,
	method: string,
): Promise<AddMembersResult> {
	const { sendable, unsent } = sortLegacyProfiles(profiles);
	const importing = prepareImport(
		transport,
		sendable.map(({ profile }) => toImported(profile)),
		{ ...request, listIds: [listId], wait },
		method,
	);
	// Consent is not an import attribute: Klaviyo records it only through a consent job
	// (docs/migration.md, addMembersToList).
	const consenting = sendable.some((s) => s.smsConsent)
		? prepareSubscribe(
				transport,
				sendable
					.filter((s) => s.smsConsent)
					.map(({ profile: { email, phone_number } }) => ({
						...(email ? { email: String(email) } : {}),
						phone_number: String(phone_number),
						subscriptions: { sms: SUBSCRIBED },
					})),
				{ ...request, listId },
				method,
			)
		: undefined;
	const skipped = profiles.length - sendable.length;
	return (async () => {
		const imported = resultOrFirstError(await importing());
		const consented = await consenting?.();
		return { ...imported, ...(consented ? { consented } : {}), ...(skipped ? { skipped } : {}), unsent };
	})();
}

/** A legacy list profile as import attributes (`$first_name` → `first_name`, custom keys → properties). */
function toImported({ sms_consent, push_token, ...profile }: LegacyListProfile): ProfileInput {
	return toProfileAttributes(profile);
}

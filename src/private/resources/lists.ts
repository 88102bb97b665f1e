import * as v from 'valibot';
import { KlaviyoApiError } from '../../core/errors.js';
import type { RequestOptions } from '../../core/options.js';
import { PagePromise } from '../../core/pagination.js';
import { segment } from '../../core/path.js';
import { validate } from '../../core/validate.js';
import { toProfileAttributes } from '../../protocol/legacy.js';
import type { ListCreateBody, ListMembersBody, ListUpdateBody } from '../bodies.js';
import { type BulkResult, LIMITS, resultOrFirstError, sendChunks, splitChunks } from '../bulk.js';
import { any, equals } from '../filter.js';
import {
	customOf,
	type LegacyListProfile,
	legacyListProfile,
	sortLegacyProfiles,
	type UnsentField,
} from '../legacy-list-profiles.js';
import { cursorOf, mergePages, onePage } from '../pages.js';
import { type ImportOptions, prepareImport } from '../profile-import.js';
import { marker, object, pathId, requiredString, stringList } from '../schemas.js';
import { prepareSubscribe, prepareUnsubscribe } from '../subscriptions.js';
import type { Query, Transport } from '../transport.js';
import type {
	CreatedListDocument,
	Empty,
	ListDocument,
	ListMemberIdsPage,
	ListMembersPage,
	ListsPage,
	ProfileInput,
	ProfilesPage,
	SegmentMembersPage,
	UpdatedListDocument,
} from '../types.js';

/** Every method refuses a missing or path-changing list id alike: one schema, one message. */
const listIdSchema = pathId('List ID was not provided.');

/** node-klaviyo's identifier arrays; each type is looked up separately, 100 values per request. */
export interface Identifiers {
	emails?: string[];
	phoneNumbers?: string[];
	pushTokens?: string[];
}

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

const identifiers = { emails: stringList, phoneNumbers: stringList, pushTokens: stringList };
const SUBSCRIBED = { marketing: { consent: 'SUBSCRIBED' as const } };
const profiles = v.optional(v.array(legacyListProfile, 'must be an array of profiles'), []);

/**
 * Lists: node-klaviyo's thirteen methods on `/api/lists`, the list membership endpoints, the
 * consent jobs and (for `getAllMembers`) segments.
 */
export class Lists {
	readonly #transport: Transport;

	constructor(transport: Transport) {
		this.#transport = transport;
	}

	/**
	 * Every list in the account. Klaviyo pages lists 10 at a time; like node-klaviyo this returns
	 * them all, walking every page before resolving with one document.
	 */
	getLists(request?: RequestOptions): PagePromise<ListsPage> {
		return onePage(() => mergePages([this.#transport.paginate<ListsPage>('/api/lists', request)]));
	}

	/** `POST /api/lists`. Not retried: a repeat would create a second list (and lists are capped at 150 a day). */
	createList(listName: string, request?: RequestOptions): Promise<CreatedListDocument> {
		const name = validate(requiredString('List name was not provided.'), listName, 'lists.createList');
		const body: ListCreateBody = { data: { type: 'list', attributes: { name } } };
		return this.#transport.request('POST', '/api/lists', { ...request, body });
	}

	/** `GET /api/lists/{id}`. */
	getListById(listId: string, request?: RequestOptions): Promise<ListDocument> {
		const { listId: id } = validate(object({ listId: listIdSchema }), { listId }, 'lists.getListById');
		return this.#transport.request('GET', listPath(id), request);
	}

	/** `PATCH /api/lists/{id}`. */
	updateListNameById(
		options: { listId: string; listName: string },
		request?: RequestOptions,
	): Promise<UpdatedListDocument> {
		const missing = 'List name or ID was not provided.';
		const { listId: id, listName: name } = validate(
			object({ listId: pathId(missing), listName: requiredString(missing) }),
			options ?? {},
			'lists.updateListNameById',
		);
		const body: ListUpdateBody = { data: { type: 'list', id, attributes: { name } } };
		return this.#transport.request('PATCH', listPath(id), { ...request, body });
	}

	/** `DELETE /api/lists/{id}`; resolves `{}` as node-klaviyo did. */
	deleteList(listId: string, request?: RequestOptions): Promise<Empty> {
		const { listId: id } = validate(object({ listId: listIdSchema }), { listId }, 'lists.deleteList');
		return this.#transport.request('DELETE', listPath(id), request).then(() => ({}));
	}

	/**
	 * Subscribes profiles to a list, honouring its opt-in setting (`POST
	 * /api/profile-subscription-bulk-create-jobs`, 1,000 per job): email marketing for an email,
	 * SMS marketing for a phone number with `sms_consent: true`. Custom properties are stored
	 * first by an import job (`imported`), since the consent job takes identifiers only. A bare
	 * `push_token` cannot be sent any more: it is reported in `unsent`, and the rest goes.
	 */
	addSubscribersToList(
		options: { listId: string; profiles?: LegacyListProfile[] },
		request?: RequestOptions,
	): Promise<SubscribeToListResult> {
		const method = 'lists.addSubscribersToList';
		const input = validate(object({ listId: listIdSchema, profiles }), options ?? {}, method);
		const { sendable, unsent } = sortLegacyProfiles(input.profiles);
		const withProperties = sendable.filter(({ profile }) => Object.keys(customOf(profile)).length > 0);
		const importing =
			withProperties.length > 0
				? prepareImport(
						this.#transport,
						withProperties.map(({ profile }) => toImported(profile)),
						request,
						method,
					)
				: undefined;
		const subscribing = prepareSubscribe(
			this.#transport,
			sendable.map(({ profile: { email, phone_number }, smsConsent }) => ({
				...(email ? { email: String(email) } : {}),
				...(phone_number ? { phone_number: String(phone_number) } : {}),
				subscriptions: {
					...(email ? { email: SUBSCRIBED } : {}),
					...(smsConsent ? { sms: SUBSCRIBED } : {}),
				},
			})),
			{ ...request, listId: input.listId },
			method,
		);
		const skipped = input.profiles.length - sendable.length;
		return (async () => {
			const imported = await importing?.();
			const subscribed = resultOrFirstError(await subscribing());
			return { ...subscribed, ...(imported ? { imported } : {}), ...(skipped ? { skipped } : {}), unsent };
		})();
	}

	/**
	 * Which of these profiles are on the list and can still receive messages on that channel
	 * (email: marketing consent and no suppression for this list; SMS and push: marketing consent).
	 */
	getSubscribersFromList(
		options: { listId: string } & Identifiers,
		request?: RequestOptions,
	): PagePromise<ListMembersPage> {
		const { listId: id, ...ids } = validate(
			object({ listId: listIdSchema, ...identifiers }),
			options ?? {},
			'lists.getSubscribersFromList',
		);
		const reachable = {
			email: (s: Subscriptions) =>
				s?.email?.marketing?.can_receive_email_marketing === true &&
				!s.email.marketing.list_suppressions?.some((x) => x.list_id === id),
			phone_number: (s: Subscriptions) => s?.sms?.marketing?.can_receive_sms_marketing === true,
			push_token: (s: Subscriptions) => s?.mobile_push?.marketing?.can_receive_push_marketing === true,
		};
		const sources = this.#lookups<ListMembersPage>(id, ids, 'profiles', request, {
			'additional-fields[profile]': ['subscriptions'],
		}).map(({ field, pages }) => ({
			pages,
			keep: (p: Member) => reachable[field](p.attributes?.subscriptions),
		}));
		return onePage(() => mergePages(sources));
	}

	/**
	 * Unsubscribes these emails from the list's email marketing (`POST
	 * /api/profile-subscription-bulk-delete-jobs`, 100 per job). Klaviyo would unsubscribe a
	 * profile that is not on the list from all marketing, so membership is checked first and
	 * non-members are left alone (`skipped`).
	 */
	deleteSubscribersFromList(
		options: { listId: string; emails?: string[] },
		request?: RequestOptions,
	): Promise<BulkResult> {
		const method = 'lists.deleteSubscribersFromList';
		const { listId: id, emails } = validate(
			object({ listId: listIdSchema, emails: stringList }),
			options ?? {},
			method,
		);
		return (async () => {
			const members = await mergePages(
				this.#lookups<ListMembersPage>(id, { emails }, 'profiles', request, {
					'fields[profile]': ['email'],
				}).map(({ pages }) => pages),
			);
			const found = [
				...new Set(members.data.map((m) => m.attributes?.email).filter((e): e is string => Boolean(e))),
			];
			const result = resultOrFirstError(
				await prepareUnsubscribe(
					this.#transport,
					found.map((email) => ({ email })),
					{ ...request, listId: id },
					method,
				)(),
			);
			return { ...result, skipped: new Set(emails.map((e) => e.toLowerCase())).size - found.length };
		})();
	}

	/**
	 * Adds profiles to the list whatever its opt-in setting, creating or updating them with their
	 * properties: one import job per 10,000 profiles with the list attached (`POST
	 * /api/profile-bulk-import-jobs`). Klaviyo adds them when the job runs; pass `wait: true` to
	 * resolve only after that. `sms_consent: true` (with a phone number) is then recorded by a
	 * consent job for the list (`consented`; the list's opt-in setting applies); a bare
	 * `push_token` is reported in `unsent`.
	 */
	addMembersToList(
		options: { listId: string; profiles?: LegacyListProfile[] } & Pick<ImportOptions, 'wait'>,
		request?: RequestOptions,
	): Promise<AddMembersResult> {
		const method = 'lists.addMembersToList';
		const input = validate(object({ listId: listIdSchema, profiles }), options ?? {}, method);
		const { sendable, unsent } = sortLegacyProfiles(input.profiles);
		const importing = prepareImport(
			this.#transport,
			sendable.map(({ profile }) => toImported(profile)),
			{ ...request, listIds: [input.listId], wait: options.wait },
			method,
		);
		// Consent is not an import attribute: Klaviyo records it only through a consent job (MAPPING 6.6).
		const consenting = sendable.some((s) => s.smsConsent)
			? prepareSubscribe(
					this.#transport,
					sendable
						.filter((s) => s.smsConsent)
						.map(({ profile: { email, phone_number } }) => ({
							...(email ? { email: String(email) } : {}),
							phone_number: String(phone_number),
							subscriptions: { sms: SUBSCRIBED },
						})),
					{ ...request, listId: input.listId },
					method,
				)
			: undefined;
		const skipped = input.profiles.length - sendable.length;
		return (async () => {
			const imported = resultOrFirstError(await importing());
			const consented = await consenting?.();
			return { ...imported, ...(consented ? { consented } : {}), ...(skipped ? { skipped } : {}), unsent };
		})();
	}

	/** Which of these profiles are on the list (`GET /api/lists/{id}/profiles?filter=any(…)`). */
	getMembersFromList(
		options: { listId: string } & Identifiers,
		request?: RequestOptions,
	): PagePromise<ListMembersPage> {
		const { listId: id, ...ids } = validate(
			object({ listId: listIdSchema, ...identifiers }),
			options ?? {},
			'lists.getMembersFromList',
		);
		const sources = this.#lookups<ListMembersPage>(id, ids, 'profiles', request).map(({ pages }) => pages);
		return onePage(() => mergePages(sources));
	}

	/**
	 * Takes profiles off the list without touching their consent: looks up their ids, then
	 * `DELETE /api/lists/{id}/relationships/profiles` (1,000 per call). Identifiers that are not
	 * on the list are ignored, as before.
	 */
	removeMembersFromList(
		options: { listId: string } & Identifiers,
		request?: RequestOptions,
	): Promise<BulkResult> {
		const { listId: id, ...ids } = validate(
			object({ listId: listIdSchema, ...identifiers }),
			options ?? {},
			'lists.removeMembersFromList',
		);
		return (async () => {
			const members = await mergePages(
				this.#lookups<ListMemberIdsPage>(id, ids, 'relationships/profiles', request).map(
					({ pages }) => pages,
				),
			);
			const chunks = splitChunks(members.data, { maxCount: LIMITS.profilesPerListChange, field: 'profiles' });
			const result = await sendChunks(chunks, async (data) => {
				const body: ListMembersBody = { data: data.map(({ id }) => ({ type: 'profile' as const, id })) };
				await this.#transport.request('DELETE', `${listPath(id)}/relationships/profiles`, {
					...request,
					body,
				});
				return undefined;
			});
			return resultOrFirstError(result);
		})();
	}

	/**
	 * Profiles excluded from the list's email (there is no exclusions endpoint any more): profiles
	 * whose email marketing carries a suppression for this list, with their `subscriptions`. Each
	 * entry of `subscriptions.email.marketing.list_suppressions` gives the `reason` and `timestamp`.
	 * `marker` resumes from a previous page (its cursor or `links.next`).
	 */
	getListExclusions(
		options: { listId: string; marker?: string | number },
		request?: RequestOptions,
	): PagePromise<ProfilesPage> {
		const { listId: id, marker: from } = validate(
			object({ listId: listIdSchema, marker }),
			options ?? {},
			'lists.getListExclusions',
		);
		return this.#transport.paginate('/api/profiles', {
			...request,
			query: {
				filter: equals('subscriptions.email.marketing.list_suppressions.list_id', id),
				'additional-fields[profile]': ['subscriptions'],
				'page[size]': 100,
				'page[cursor]': cursorOf(from),
			},
		});
	}

	/**
	 * Every member of a list or a segment (node-klaviyo's "group"): `GET /api/lists/{id}/profiles`,
	 * or `GET /api/segments/{id}/profiles` when no list has that id. 100 per page.
	 */
	getAllMembers(
		options: { groupId: string; marker?: string | number },
		request?: RequestOptions,
	): PagePromise<ListMembersPage | SegmentMembersPage> {
		const { groupId, marker: from } = validate(
			object({ groupId: pathId('Group ID was not provided.'), marker }),
			options ?? {},
			'lists.getAllMembers',
		);
		const call = { ...request, query: { 'page[size]': 100, 'page[cursor]': cursorOf(from) } };
		const id = segment(groupId, 'groupId');
		type Page = ListMembersPage | SegmentMembersPage;
		return new PagePromise<Page>(async (next) => {
			if (next) return this.#transport.request<Page>('GET', this.#transport.nextPath(next), request);
			try {
				return await this.#transport.request<Page>('GET', `/api/lists/${id}/profiles`, call);
			} catch (error) {
				if (!(error instanceof KlaviyoApiError && error.statusCode === 404)) throw error;
				return this.#transport.request<Page>('GET', `/api/segments/${id}/profiles`, call);
			}
		});
	}

	/** One paged lookup per identifier type and per 100 values (or 6 KB of them): Klaviyo filters one field at a time. */
	#lookups<P extends ListMembersPage | ListMemberIdsPage>(
		id: string,
		{ emails = [], phoneNumbers = [], pushTokens = [] }: Identifiers,
		resource: 'profiles' | 'relationships/profiles',
		request: RequestOptions | undefined,
		query: Query = {},
	): Array<{ field: 'email' | 'phone_number' | 'push_token'; pages: PagePromise<P> }> {
		const fields = [
			['email', emails],
			['phone_number', phoneNumbers],
			['push_token', pushTokens],
		] as const;
		return fields.flatMap(([field, values]) =>
			splitChunks([...new Set(values)], {
				maxCount: LIMITS.valuesPerLookup,
				maxBytes: LIMITS.lookupBytes,
				field,
			}).map((chunk) => ({
				field,
				pages: this.#transport.paginate<P>(`${listPath(id)}/${resource}`, {
					...request,
					query: { ...query, filter: any(field, chunk), 'page[size]': 100 },
				}),
			})),
		);
	}
}

type Member = ListMembersPage['data'][number];
type Subscriptions = NonNullable<Member['attributes']>['subscriptions'];

function listPath(id: string): string {
	return `/api/lists/${segment(id, 'listId')}`;
}

/** A legacy list profile as import attributes (`$first_name` → `first_name`, custom keys → properties). */
function toImported({ sms_consent, push_token, ...profile }: LegacyListProfile): ProfileInput {
	return toProfileAttributes(profile);
}

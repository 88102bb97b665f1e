import * as v from 'valibot';
import { KlaviyoApiError } from '../../core/errors.js';
import type { RequestOptions } from '../../core/options.js';
import { PagePromise } from '../../core/pagination.js';
import { segment } from '../../core/path.js';
import { validate } from '../../core/validate.js';
import type { ListCreateBody, ListMembersBody, ListUpdateBody } from '../bodies.js';
import { type BulkResult, LIMITS, resultOrFirstError, sendChunks, splitChunks } from '../bulk.js';
import { equals } from '../filter.js';
import { type LegacyListProfile, legacyListProfile } from '../legacy-list-profiles.js';
import {
	type AddMembersResult,
	addToList,
	type SubscribeToListResult,
	subscribeToList,
	unsubscribeFromList,
} from '../list-consent.js';
import { type Identifiers, listPath, memberLookups } from '../list-members.js';
import { cursorOf, mergePages, onePage } from '../pages.js';
import type { ImportOptions } from '../profile-import.js';
import { marker, object, pathId, requiredString, stringList } from '../schemas.js';
import type { Transport } from '../transport.js';
import type {
	CreatedListDocument,
	Empty,
	ListDocument,
	ListMemberIdsPage,
	ListMembersPage,
	ListsPage,
	ProfilesPage,
	SegmentMembersPage,
	UpdatedListDocument,
} from '../types.js';

export type { AddMembersResult, Identifiers, SubscribeToListResult };

/** Every method refuses a missing or path-changing list id alike: one schema, one message. */
const listIdSchema = pathId('List ID was not provided.');

const identifiers = { emails: stringList, phoneNumbers: stringList, pushTokens: stringList };
const profiles = v.optional(v.array(legacyListProfile, 'must be an array of profiles'), []);

/**
 * Lists: node-klaviyo's thirteen methods on `/api/lists`, the list membership endpoints and (for
 * `getAllMembers`) segments. Each validates its input here, before anything is sent; the consent
 * workflows are list-consent.ts's, the member lookups list-members.ts's.
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
		return subscribeToList(this.#transport, input.listId, input.profiles, request, method);
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
		const sources = memberLookups<ListMembersPage>(this.#transport, id, ids, 'profiles', request, {
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
		return unsubscribeFromList(this.#transport, id, emails, request, method);
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
		return addToList(this.#transport, input.listId, input.profiles, options.wait, request, method);
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
		const sources = memberLookups<ListMembersPage>(this.#transport, id, ids, 'profiles', request).map(
			({ pages }) => pages,
		);
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
				memberLookups<ListMemberIdsPage>(this.#transport, id, ids, 'relationships/profiles', request).map(
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
}

type Member = ListMembersPage['data'][number];
type Subscriptions = NonNullable<Member['attributes']>['subscriptions'];

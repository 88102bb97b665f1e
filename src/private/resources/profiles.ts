import * as v from 'valibot';
import { invalidWith, KlaviyoApiError } from '../../core/errors.js';
import type { RequestOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { segment } from '../../core/path.js';
import { checked, validate } from '../../core/validate.js';
import { checkProfile } from '../../protocol/identifiers.js';
import { toProfileAttributes } from '../../protocol/legacy.js';
import type { ProfileUpdateBody, ProfileUpsertBody } from '../bodies.js';
import { type BulkResult, bytesOf, LIMITS, resultOrFirstError, tooLarge } from '../bulk.js';
import { and, equals } from '../filter.js';
import {
	getImportJob,
	type ImportOptions,
	prepareImport,
	profileInput,
	type WaitOptions,
	waitForImportJob,
} from '../profile-import.js';
import { object, pathId, plainObject, requiredString } from '../schemas.js';
import {
	prepareSubscribe,
	prepareUnsubscribe,
	type SubscribeOptions,
	type SubscribeProfile,
	type UnsubscribeOptions,
	type UnsubscribeProfile,
} from '../subscriptions.js';
import { type TimelineOptions, timelineOptions, timelineQuery } from '../timeline.js';
import type { Transport } from '../transport.js';
import type {
	EventsPage,
	ImportJob,
	ImportJobDocument,
	ProfileDocument,
	ProfileInput,
	ProfilesPage,
	UpdatedProfileDocument,
	UpsertedProfileDocument,
} from '../types.js';

const profileId = pathId('Profile ID was not provided.');
/** A positional id: its path rule is checked where it enters the URL, which names the field. */
const profileIdArgument = requiredString('Profile ID was not provided.');

/**
 * Profiles: node-klaviyo's six methods on `/api/profiles` and `/api/events`, plus the modern
 * upsert, bulk import and consent calls.
 */
export class Profiles {
	readonly #transport: Transport;

	constructor(transport: Transport) {
		this.#transport = transport;
	}

	/** `GET /api/profiles/{id}`. */
	getProfile(profileId: string, request?: RequestOptions): Promise<ProfileDocument> {
		const id = validate(profileIdArgument, profileId, 'profiles.getProfile');
		return this.#transport.request('GET', `/api/profiles/${segment(id, 'profileId')}`, request);
	}

	/**
	 * The id of the profile with this email (`GET /api/profiles?filter=equals(email,…)`).
	 * Rejects with a `KlaviyoApiError` 404 when there is none, as node-klaviyo's lookup did.
	 */
	getProfileIdByEmail(email: string, request?: RequestOptions): Promise<{ id: string }> {
		const address = validate(
			requiredString('Email address was not provided'),
			email,
			'profiles.getProfileIdByEmail',
		);
		return this.#transport
			.request<ProfilesPage>('GET', '/api/profiles', {
				...request,
				query: { filter: equals('email', address), 'page[size]': 1, 'fields[profile]': ['email'] },
			})
			.then(({ data }) => {
				const id = data[0]?.id;
				if (id) return { id };
				throw new KlaviyoApiError(
					404,
					{
						errors: [
							{ code: 'not_found', title: 'Not found.', detail: 'No profile has this email address.' },
						],
					},
					{ method: 'GET', path: '/api/profiles' },
				);
			});
	}

	/**
	 * Sets properties (`PATCH /api/profiles/{id}`). Legacy keys are translated: `$first_name` →
	 * `first_name`, `$city` → `location.city`, `$id` → `external_id`, anything else → custom properties.
	 */
	updateProfile(
		options: { profileId: string; properties?: Record<string, unknown> },
		request?: RequestOptions,
	): Promise<UpdatedProfileDocument> {
		const { profileId: id, properties } = validate(
			object({ profileId, properties: v.optional(plainObject, {}) }),
			options ?? {},
			'profiles.updateProfile',
		);
		const { _kx, anonymous_id, ...attributes } = toProfileAttributes(properties);
		if (_kx !== undefined || anonymous_id !== undefined) {
			const rule =
				'cannot be set on an existing profile (Klaviyo takes _kx and anonymous_id only when tracking)';
			throw invalidWith('properties', rule, { method: 'profiles.updateProfile' });
		}
		return this.#patch(id, { attributes }, request);
	}

	/** Every event of a profile, newest first by default (`GET /api/events?filter=equals(profile_id,…)`). */
	getProfileMetricsTimeline(
		options: { profileId: string } & TimelineOptions,
		request?: RequestOptions,
	): PagePromise<EventsPage> {
		const { profileId: id, ...timeline } = validate(
			object({ profileId, ...timelineOptions }),
			options ?? {},
			'profiles.getProfileMetricsTimeline',
		);
		return this.#transport.paginate('/api/events', {
			...request,
			query: timelineQuery([equals('profile_id', id)], timeline),
		});
	}

	/** A profile's events for one metric (`filter=and(equals(profile_id,…),equals(metric_id,…))`). */
	getProfileMetricsTimelineById(
		options: { profileId: string; metricId: string } & TimelineOptions,
		request?: RequestOptions,
	): PagePromise<EventsPage> {
		const missing = 'Profile or metric ID was not provided.';
		const {
			profileId: id,
			metricId,
			...timeline
		} = validate(
			object({ profileId: requiredString(missing), metricId: requiredString(missing), ...timelineOptions }),
			options ?? {},
			'profiles.getProfileMetricsTimelineById',
		);
		return this.#transport.paginate('/api/events', {
			...request,
			query: timelineQuery([and(equals('profile_id', id), equals('metric_id', metricId))], timeline),
		});
	}

	/**
	 * Removes properties (`PATCH /api/profiles/{id}` with `meta.patch_properties.unset`). Legacy
	 * special names (`$city`, `$first_name`…) are attributes, not properties: they are set to `null`.
	 */
	unsetProfileProperties(
		options: { profileId: string; properties: string[] },
		request?: RequestOptions,
	): Promise<UpdatedProfileDocument> {
		const { profileId: id, properties } = validate(
			object({
				profileId: pathId('Profile ID was not provided'),
				properties: v.optional(
					v.pipe(
						v.unknown(),
						// node-klaviyo's order: `properties.length < 1` first, so '' is "none" but 'abc' is "not an array".
						v.check(
							(p) => !(((p as { length?: number } | null)?.length ?? 1) < 1),
							'No properties provided.',
						),
						v.check(Array.isArray, 'Properties must be in an array.'),
						v.array(v.pipe(v.string('must be a string'), v.nonEmpty('must not be empty'))),
					),
					[],
				),
			}),
			options ?? {},
			'profiles.unsetProfileProperties',
		);
		const attributes: Record<string, unknown> = {};
		const unset: string[] = [];
		for (const name of properties) {
			const [key, subkey] = attributePath(name) ?? [];
			if (!key) unset.push(name);
			else if (subkey) attributes[key] = { ...(attributes[key] as object), [subkey]: null };
			else attributes[key] = null;
		}
		const meta = unset.length ? { meta: { patch_properties: { unset } } } : {};
		return this.#patch(id, { attributes, ...meta }, request);
	}

	/** Creates or updates a profile by its identifiers (`POST /api/profile-import`). */
	upsert(profile: ProfileInput, request?: RequestOptions): Promise<UpsertedProfileDocument> {
		const attributes = validate(profileInput, profile, 'profiles.upsert');
		checked('profiles.upsert', '', () => checkProfile(attributes, 'properties'));
		const body: ProfileUpsertBody = { data: { type: 'profile', attributes } };
		if (bytesOf(body) > LIMITS.profileBytes) throw tooLarge('profile', LIMITS.profileBytes);
		return this.#transport.request('POST', '/api/profile-import', { ...request, body, idempotent: true });
	}

	/**
	 * Upserts many profiles through import jobs (`POST /api/profile-bulk-import-jobs`), 10,000
	 * profiles or 5 MB per job. Pass `listIds` to add them to lists, `wait` to poll until done.
	 */
	bulkImport(profiles: ProfileInput[], options?: ImportOptions): Promise<BulkResult> {
		return prepareImport(this.#transport, profiles, options)().then(resultOrFirstError);
	}

	/** An import job's state (`GET /api/profile-bulk-import-jobs/{id}`). */
	getImportJob(jobId: string, request?: RequestOptions): Promise<ImportJobDocument> {
		validate(requiredString('Job ID was not provided.'), jobId, 'profiles.getImportJob');
		return getImportJob(this.#transport, jobId, request);
	}

	/** Polls an import job until it is `complete` or `cancelled`. */
	waitForImportJob(jobId: string, options?: WaitOptions): Promise<ImportJob> {
		validate(requiredString('Job ID was not provided.'), jobId, 'profiles.waitForImportJob');
		return waitForImportJob(this.#transport, jobId, options);
	}

	/** Gives marketing consent, 1,000 profiles per job (`POST /api/profile-subscription-bulk-create-jobs`). */
	subscribe(profiles: SubscribeProfile[], options?: SubscribeOptions): Promise<BulkResult> {
		return prepareSubscribe(this.#transport, profiles, options)().then(resultOrFirstError);
	}

	/**
	 * Withdraws marketing consent, 100 profiles per job (`POST /api/profile-subscription-bulk-delete-jobs`).
	 * With `listId`, profiles that are not on that list are unsubscribed from all marketing (Klaviyo's rule).
	 */
	unsubscribe(profiles: UnsubscribeProfile[], options?: UnsubscribeOptions): Promise<BulkResult> {
		return prepareUnsubscribe(this.#transport, profiles, options)().then(resultOrFirstError);
	}

	#patch(
		id: string,
		data: Omit<ProfileUpdateBody['data'], 'type' | 'id'>,
		request?: RequestOptions,
	): Promise<UpdatedProfileDocument> {
		const body: ProfileUpdateBody = { data: { type: 'profile', id, ...data } };
		if (bytesOf(body) > LIMITS.profileBytes) throw tooLarge('properties', LIMITS.profileBytes);
		return this.#transport.request('PATCH', `/api/profiles/${segment(id, 'profileId')}`, {
			...request,
			body,
		});
	}
}

/** Where a legacy `$` name lives in the modern attributes (`['location', 'city']`); none for custom properties. */
function attributePath(name: string): [string, string?] | undefined {
	if (!name.startsWith('$')) return undefined;
	const { properties, location, ...attributes } = toProfileAttributes({ [name]: true });
	if (properties) return undefined;
	if (location) return ['location', Object.keys(location)[0]];
	return [Object.keys(attributes)[0]!];
}

/**
 * Profiles: client-side upsert, server-side import/create/get/update, and a profile's
 * lists and segments.
 */
import {
	additionalFields,
	bodyOf,
	type Handler,
	type HandlerContext,
	includes,
	pageSize,
	sortBy,
	sortParam,
	sparseFields,
} from '../context.js';
import { conflict, duplicateProfile, notFound } from '../errors.js';
import { evaluateFilter, resolvePath } from '../filter.js';
import type { Profile, ProfileAttributes, ProfileMeta } from '../model.js';
import { paginate } from '../paging.js';
import {
	checkIdentifierFormats,
	findExisting,
	type ProfileWrite,
	requireIdentifier,
	updateProfile,
	upsertProfile,
} from '../profile-writes.js';
import {
	listResource,
	profileFilterView,
	profileResource,
	type Resource,
	segmentResource,
	singleDocument,
} from '../resources.js';

interface ProfileBody {
	data: {
		type: 'profile';
		id?: string | null;
		attributes: ProfileAttributes;
		meta?: ProfileMeta | null;
	};
}

const writeOf = (body: ProfileBody): ProfileWrite => ({
	id: body.data.id,
	attributes: body.data.attributes,
	meta: body.data.meta,
});

export function requireProfile(context: HandlerContext, id = context.params.id!): Profile {
	const profile = context.store.profiles.get(id);
	if (!profile) throw notFound(`A profile with id '${id}' does not exist.`);
	return profile;
}

/** A profile document with whatever `additional-fields`/`fields`/`include` the request asked for. */
function profileDocument(context: HandlerContext, profile: Profile) {
	const include = includes(context);
	const { store, baseUrl } = context;
	const lists = include.has('lists') ? store.listsOfProfile(profile.id) : undefined;
	const segments = include.has('segments') ? store.segmentsOfProfile(profile.id) : undefined;
	const resource = profileResource(baseUrl, profile, {
		additional: additionalFields(context, 'profile'),
		fields: sparseFields(context, 'profile'),
		listIds: lists?.map((l) => l.id),
		segmentIds: segments?.map((s) => s.id),
	});
	const included: Resource[] = [
		...(lists ?? []).map((list) => listResource(baseUrl, list, { fields: sparseFields(context, 'list') })),
		...(segments ?? []).map((segment) =>
			segmentResource(baseUrl, segment, { fields: sparseFields(context, 'segment') }),
		),
	];
	return singleDocument(resource, resource.links!.self, included);
}

/** POST /client/profiles — upsert from a browser; 202 with no body. */
export const createClientProfile: Handler = (context) => {
	upsertProfile(context.store, writeOf(bodyOf<ProfileBody>(context)), 'client');
	return { status: 202 };
};

/** POST /api/profile-import — upsert; 201 when created, 200 when updated. */
export const createOrUpdateProfile: Handler = (context) => {
	const { profile, created } = upsertProfile(context.store, writeOf(bodyOf<ProfileBody>(context)), 'server');
	return { status: created ? 201 : 200, body: profileDocument(context, profile) };
};

/** POST /api/profiles — create only; an existing identifier is a 409 duplicate_profile. */
export const createProfile: Handler = (context) => {
	const write = writeOf(bodyOf<ProfileBody>(context));
	requireIdentifier(write);
	checkIdentifierFormats(write.attributes);
	const existing = findExisting(context.store, { attributes: write.attributes }, 'server');
	// Klaviyo's 409 carries meta.duplicate_profile_id, for a follow-up PATCH.
	if (existing) throw duplicateProfile(existing.id);
	const { profile } = upsertProfile(context.store, write, 'server');
	return { status: 201, body: profileDocument(context, profile) };
};

/** GET /api/profiles */
export const getProfiles: Handler = (context) => {
	let profiles = [...context.store.profiles.values()];
	const filter = context.filter;
	if (filter) profiles = profiles.filter((profile) => evaluateFilter(filter, profileFilterView(profile)));
	const sort = sortParam(context);
	if (sort) {
		profiles = sortBy(
			profiles,
			(profile) => firstSortable(resolvePath(profileFilterView(profile), sort.field)),
			sort.descending,
		);
	}
	const { items, links } = paginate(context, profiles, pageSize(context, 20));
	const options = {
		additional: additionalFields(context, 'profile'),
		fields: sparseFields(context, 'profile'),
	};
	return {
		status: 200,
		body: { data: items.map((profile) => profileResource(context.baseUrl, profile, options)), links },
	};
};

/** The first string/number among resolved values (sort keys may sit inside arrays). */
export function firstSortable(values: unknown[]): string | number | undefined {
	for (const value of values.flat()) {
		if (typeof value === 'string' || typeof value === 'number') return value;
		if (value && typeof value === 'object' && 'timestamp' in value) return String(value.timestamp);
	}
	return undefined;
}

/** GET /api/profiles/{id} */
export const getProfile: Handler = (context) => ({
	status: 200,
	body: profileDocument(context, requireProfile(context)),
});

/** PATCH /api/profiles/{id} — merge attributes; `null` clears; `meta.patch_properties`. */
export const patchProfile: Handler = (context) => {
	const body = bodyOf<ProfileBody>(context);
	if (body.data.id !== context.params.id) {
		throw conflict(
			`data.id '${body.data.id}' does not match the profile id '${context.params.id}' in the URL.`,
			{
				pointer: '/data/id',
			},
		);
	}
	const profile = requireProfile(context);
	updateProfile(context.store, profile, { attributes: body.data.attributes, meta: body.data.meta });
	return { status: 200, body: profileDocument(context, profile) };
};

/**
 * POST /api/profile-merge — 201 with the destination (`data.id`), which takes in each profile of
 * `relationships.profiles` (store.mergeProfile).
 */
export const mergeProfiles: Handler = (context) => {
	const { data } = bodyOf<{
		data: { id: string; relationships: { profiles: { data: Array<{ id: string }> } } };
	}>(context);
	const destination = requireProfile(context, data.id);
	const sources = data.relationships.profiles.data.map((source) => requireProfile(context, source.id));
	for (const source of sources) context.store.mergeProfile(source.id, destination.id);
	return { status: 201, body: profileDocument(context, destination) };
};

/** GET /api/profiles/{id}/lists and …/relationships/lists */
export const getListsForProfile: Handler = (context) => {
	const profile = requireProfile(context);
	const lists = context.store.listsOfProfile(profile.id);
	const fields = sparseFields(context, 'list');
	return {
		status: 200,
		body: {
			data: lists.map((list) => listResource(context.baseUrl, list, { fields })),
			links: { self: context.url.href },
		},
	};
};

export const getListIdsForProfile: Handler = (context) => {
	const profile = requireProfile(context);
	const data = context.store.listsOfProfile(profile.id).map((list) => ({ type: 'list', id: list.id }));
	return { status: 200, body: { data, links: { self: context.url.href } } };
};

/** GET /api/profiles/{id}/segments and …/relationships/segments */
export const getSegmentsForProfile: Handler = (context) => {
	const profile = requireProfile(context);
	const fields = sparseFields(context, 'segment');
	const data = context.store
		.segmentsOfProfile(profile.id)
		.map((segment) => segmentResource(context.baseUrl, segment, { fields }));
	return { status: 200, body: { data, links: { self: context.url.href } } };
};

export const getSegmentIdsForProfile: Handler = (context) => {
	const profile = requireProfile(context);
	const data = context.store
		.segmentsOfProfile(profile.id)
		.map((segment) => ({ type: 'segment', id: segment.id }));
	return { status: 200, body: { data, links: { self: context.url.href } } };
};

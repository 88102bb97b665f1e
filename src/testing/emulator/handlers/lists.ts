/**
 * Lists: CRUD, membership by profile id, and member listings.
 * Membership changes here never touch consent (as documented for these endpoints).
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
import { ApiError, badRequest, conflict, errorObject, notFound } from '../errors.js';
import { evaluateFilter } from '../filter.js';
import { isoSeconds } from '../ids.js';
import type { List, OptInProcess } from '../model.js';
import { paginate } from '../paging.js';
import { listResource, singleDocument } from '../resources.js';
import { emptyCollection, memberIds, memberProfiles } from './groups.js';

interface ListBody {
	data: {
		type: 'list';
		id?: string;
		attributes: { name?: string | null; opt_in_process?: OptInProcess | null };
	};
}

interface MembersBody {
	data: Array<{ type: 'profile'; id: string }>;
}

/** "This endpoint accepts a maximum of 1000 profiles per call." */
const MAX_MEMBERS_PER_CALL = 1000;

export function requireList(context: HandlerContext, id = context.params.id!): List {
	const list = context.store.lists.get(id);
	if (!list) throw notFound(`A list with id '${id}' does not exist.`);
	return list;
}

function listDocument(context: HandlerContext, list: List) {
	const resource = listResource(context.baseUrl, list, {
		profileCount: additionalFields(context, 'list').has('profile_count'),
		fields: sparseFields(context, 'list'),
	});
	return singleDocument(resource, resource.links!.self);
}

/** GET /api/lists — at most 10 per page. */
export const getLists: Handler = (context) => {
	let lists = [...context.store.lists.values()];
	const filter = context.filter;
	if (filter) {
		lists = lists.filter((list) =>
			evaluateFilter(filter, { id: list.id, name: list.name, created: list.created, updated: list.updated }),
		);
	}
	const sort = sortParam(context);
	if (sort)
		lists = sortBy(
			lists,
			(list) => list[sort.field as 'id' | 'name' | 'created' | 'updated'],
			sort.descending,
		);
	const { items, links } = paginate(context, lists, pageSize(context, 10));
	const fields = sparseFields(context, 'list');
	const body: Record<string, unknown> = {
		data: items.map((list) => listResource(context.baseUrl, list, { fields })),
		links,
	};
	// Tags and flows are not emulated, so there is never anything to include.
	if (includes(context).size > 0) body.included = [];
	return { status: 200, body };
};

/** POST /api/lists — 201; opt_in_process defaults to single opt-in (the account default here). */
export const createList: Handler = (context) => {
	const { attributes } = bodyOf<ListBody>(context).data;
	const name = attributes.name ?? '';
	if (name.trim() === '')
		throw badRequest('List name must not be empty.', { pointer: '/data/attributes/name' });
	const list = context.store.addList({ name, opt_in_process: attributes.opt_in_process ?? undefined });
	return { status: 201, body: listDocument(context, list) };
};

/** GET /api/lists/{id} — `additional-fields[list]=profile_count` adds the member count. */
export const getList: Handler = (context) => ({
	status: 200,
	body: listDocument(context, requireList(context)),
});

/** PATCH /api/lists/{id} */
export const updateList: Handler = (context) => {
	const { data } = bodyOf<ListBody>(context);
	if (data.id !== context.params.id) {
		throw conflict(`data.id '${data.id}' does not match the list id '${context.params.id}' in the URL.`, {
			pointer: '/data/id',
		});
	}
	const list = requireList(context);
	if (data.attributes.name !== undefined && data.attributes.name !== null) {
		if (data.attributes.name.trim() === '') {
			throw badRequest('List name must not be empty.', { pointer: '/data/attributes/name' });
		}
		list.name = data.attributes.name;
	}
	if (data.attributes.opt_in_process) list.opt_in_process = data.attributes.opt_in_process;
	list.updated = isoSeconds();
	return { status: 200, body: listDocument(context, list) };
};

/** DELETE /api/lists/{id} — 204. */
export const deleteList: Handler = (context) => {
	context.store.deleteList(requireList(context).id);
	return { status: 204 };
};

function memberIdsOf(context: HandlerContext): string[] {
	const { data } = bodyOf<MembersBody>(context);
	if (data.length > MAX_MEMBERS_PER_CALL) {
		throw badRequest(`At most ${MAX_MEMBERS_PER_CALL} profiles per call; got ${data.length}.`, {
			pointer: '/data',
		});
	}
	return data.map((item) => item.id);
}

/** POST /api/lists/{id}/relationships/profiles — 204; every id must be an existing profile. */
export const addProfilesToList: Handler = (context) => {
	const list = requireList(context);
	const ids = memberIdsOf(context);
	const unknown = ids
		.map((id, index) => ({ id, index }))
		.filter(({ id }) => !context.store.profiles.has(id))
		.map(({ id, index }) =>
			errorObject(404, 'not_found', `A profile with id '${id}' does not exist.`, {
				pointer: `/data/${index}/id`,
			}),
		);
	if (unknown.length > 0) throw new ApiError(unknown);
	for (const id of ids) context.store.addMember(list, id);
	list.updated = isoSeconds();
	return { status: 204 };
};

/** DELETE /api/lists/{id}/relationships/profiles — 204; ids that are not members are ignored. */
export const removeProfilesFromList: Handler = (context) => {
	const list = requireList(context);
	for (const id of memberIdsOf(context)) list.members.delete(id);
	list.updated = isoSeconds();
	return { status: 204 };
};

export const getProfilesForList: Handler = (context) => memberProfiles(context, requireList(context));
export const getProfileIdsForList: Handler = (context) => memberIds(context, requireList(context));

/** Tags and flow triggers of a list (never any in the emulator). */
export const getEmptyListRelation: Handler = (context) => {
	requireList(context);
	return emptyCollection(context);
};

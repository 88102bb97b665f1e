/**
 * What lists and segments share: listing their member profiles (full resources with
 * `joined_group_at`, or ids only), with filter, sort and cursor pages.
 */
import {
	additionalFields,
	type HandlerContext,
	type HandlerResult,
	pageSize,
	sortBy,
	sortParam,
	sparseFields,
} from '../context.js';
import { evaluateFilter } from '../filter.js';
import type { List, Profile, Segment } from '../model.js';
import { paginate } from '../paging.js';
import { profileFilterView, profileResource } from '../resources.js';

interface Member {
	profile: Profile;
	joinedAt: string;
}

function members(context: HandlerContext, group: List | Segment): Member[] {
	let result: Member[] = [];
	for (const [profileId, joinedAt] of group.members) {
		const profile = context.store.profiles.get(profileId);
		if (profile) result.push({ profile, joinedAt });
	}
	const filter = context.filter;
	if (filter) result = result.filter((m) => evaluateFilter(filter, profileFilterView(m.profile, m.joinedAt)));
	const sort = sortParam(context);
	if (sort) result = sortBy(result, (m) => m.joinedAt, sort.descending);
	return result;
}

/** GET /api/{lists|segments}/{id}/profiles */
export function memberProfiles(context: HandlerContext, group: List | Segment): HandlerResult {
	const { items, links } = paginate(context, members(context, group), pageSize(context, 20));
	const options = {
		additional: additionalFields(context, 'profile'),
		fields: sparseFields(context, 'profile'),
	};
	const data = items.map((m) =>
		profileResource(context.baseUrl, m.profile, { ...options, joinedAt: m.joinedAt }),
	);
	return { status: 200, body: { data, links } };
}

/** GET /api/{lists|segments}/{id}/relationships/profiles */
export function memberIds(context: HandlerContext, group: List | Segment): HandlerResult {
	const { items, links } = paginate(context, members(context, group), pageSize(context, 20));
	return { status: 200, body: { data: items.map((m) => ({ type: 'profile', id: m.profile.id })), links } };
}

/** Tags and flows are not emulated: such collections are always empty. */
export const emptyCollection = (context: HandlerContext): HandlerResult => ({
	status: 200,
	body: { data: [], links: { self: context.url.href } },
});

/**
 * Segments: created by name (the emulator does not evaluate definitions: members are seeded
 * with `store.addSegment`), read, renamed, starred and deleted.
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
import { badRequest, conflict, notFound } from '../errors.js';
import { evaluateFilter } from '../filter.js';
import { isoSeconds } from '../ids.js';
import type { Segment } from '../model.js';
import { paginate } from '../paging.js';
import { segmentResource, singleDocument } from '../resources.js';
import { emptyCollection, memberIds, memberProfiles } from './groups.js';

interface SegmentPatchBody {
	data: { type: 'segment'; id: string; attributes: { name?: string | null; is_starred?: boolean | null } };
}

export function requireSegment(context: HandlerContext): Segment {
	const segment = context.store.segments.get(context.params.id!);
	if (!segment) throw notFound(`A segment with id '${context.params.id}' does not exist.`);
	return segment;
}

function segmentDocument(context: HandlerContext, segment: Segment) {
	const resource = segmentResource(context.baseUrl, segment, {
		profileCount: additionalFields(context, 'segment').has('profile_count'),
		fields: sparseFields(context, 'segment'),
	});
	return singleDocument(resource, resource.links!.self);
}

/** GET /api/segments — at most 10 per page. */
export const getSegments: Handler = (context) => {
	let segments = [...context.store.segments.values()];
	const filter = context.filter;
	if (filter) segments = segments.filter((segment) => evaluateFilter(filter, segment));
	const sort = sortParam(context);
	if (sort) {
		segments = sortBy(
			segments,
			(s) => s[sort.field as 'id' | 'name' | 'created' | 'updated'],
			sort.descending,
		);
	}
	const { items, links } = paginate(context, segments, pageSize(context, 10));
	const fields = sparseFields(context, 'segment');
	const body: Record<string, unknown> = {
		data: items.map((segment) => segmentResource(context.baseUrl, segment, { fields })),
		links,
	};
	if (includes(context).size > 0) body.included = [];
	return { status: 200, body };
};

/**
 * POST /api/segments — 201. The segment is named and starred as asked; its definition is not
 * evaluated (members are seeded with `store.addSegment` or `POST /__emulator/segments`).
 */
export const createSegment: Handler = (context) => {
	const { attributes } = bodyOf<{ data: { attributes: { name: string; is_starred?: boolean | null } } }>(
		context,
	).data;
	if (attributes.name.trim() === '') {
		throw badRequest('Segment name must not be empty.', { pointer: '/data/attributes/name' });
	}
	const segment = context.store.addSegment({ name: attributes.name });
	segment.is_starred = attributes.is_starred ?? false;
	return { status: 201, body: segmentDocument(context, segment) };
};

export const getSegment: Handler = (context) => ({
	status: 200,
	body: segmentDocument(context, requireSegment(context)),
});

/** PATCH /api/segments/{id} — name and starring only (definitions are not emulated). */
export const updateSegment: Handler = (context) => {
	const { data } = bodyOf<SegmentPatchBody>(context);
	if (data.id !== context.params.id) {
		throw conflict(`data.id '${data.id}' does not match the segment id '${context.params.id}' in the URL.`, {
			pointer: '/data/id',
		});
	}
	const segment = requireSegment(context);
	if (typeof data.attributes.name === 'string') {
		if (data.attributes.name.trim() === '') {
			throw badRequest('Segment name must not be empty.', { pointer: '/data/attributes/name' });
		}
		segment.name = data.attributes.name;
	}
	if (typeof data.attributes.is_starred === 'boolean') segment.is_starred = data.attributes.is_starred;
	segment.updated = isoSeconds();
	return { status: 200, body: segmentDocument(context, segment) };
};

export const deleteSegment: Handler = (context) => {
	context.store.segments.delete(requireSegment(context).id);
	return { status: 204 };
};

export const getProfilesForSegment: Handler = (context) => memberProfiles(context, requireSegment(context));
export const getProfileIdsForSegment: Handler = (context) => memberIds(context, requireSegment(context));

export const getEmptySegmentRelation: Handler = (context) => {
	requireSegment(context);
	return emptyCollection(context);
};

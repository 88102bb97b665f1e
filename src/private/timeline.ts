/**
 * node-klaviyo's four "timeline" methods (per profile, per metric, both, or all events) are one
 * modern call: `GET /api/events` with a filter. This turns their `since`/`count`/`sort` options
 * into that call's query.
 */
import * as v from 'valibot';
import { and, greaterOrEqual, lessOrEqual } from './filter.js';
import { cursorOf } from './pages.js';
import { pageSize, sortOrder } from './schemas.js';
import type { Query } from './transport.js';

/** `since`, `count` and `sort`, validated with node-klaviyo's defaults (100, 'desc'). */
export const timelineOptions = {
	/** Unix seconds, or the cursor (or `links.next` URL) of a previous page. */
	since: v.optional(
		v.union(
			[v.pipe(v.number(), v.finite('must be unix seconds or a cursor')), v.string()],
			'must be unix seconds or a cursor',
		),
	),
	/** Events per page; node-klaviyo's default 100, Klaviyo allows up to 1000. */
	count: pageSize(1000, 100),
	sort: sortOrder,
};

export interface TimelineOptions {
	/**
	 * Unix seconds: with `sort: 'asc'` events at or after it, with `'desc'` at or before it.
	 * A string that is not a number resumes from a cursor (a previous page's `links.next`).
	 */
	since?: number | string;
	/** Events per page (1–1000). Default 100. */
	count?: number;
	/** By event time. Default `'desc'` (newest first). */
	sort?: 'asc' | 'desc';
}

/** The `GET /api/events` query for a timeline, with its metric and profile included. */
export function timelineQuery(
	filters: string[],
	{ since, count = 100, sort = 'desc' }: TimelineOptions,
): Query {
	const seconds = typeof since === 'number' || /^\d+(\.\d+)?$/.test(since ?? '') ? Number(since) : undefined;
	const bound =
		seconds === undefined
			? undefined
			: sort === 'asc'
				? greaterOrEqual('timestamp', seconds)
				: lessOrEqual('timestamp', seconds);
	const filter = and(...filters, bound);
	return {
		filter: filter || undefined,
		sort: sort === 'asc' ? 'timestamp' : '-timestamp',
		include: ['metric', 'profile'],
		'page[size]': count,
		'page[cursor]': seconds === undefined ? cursorOf(since) : undefined,
	};
}

/**
 * POST /api/metric-aggregates: counts, unique profiles and summed values of one metric's
 * events per time bucket, computed from the stored events.
 *
 * As Klaviyo requires, `filter` must bound `datetime` with `greater-or-equal` and
 * `less-than`; further conditions (e.g. `equals(URL,"…")`) match event properties.
 * `by` groups rows by event property values.
 */
import { bodyOf, type Handler } from '../context.js';
import { ApiError, badRequest, errorObject, type JsonApiErrorObject, notFound } from '../errors.js';
import {
	conditionsOf,
	evaluateFilter,
	type FilterCondition,
	type FilterNode,
	FilterSyntaxError,
	parseFilter,
} from '../filter.js';
import { uuid } from '../ids.js';
import type { KlaviyoEvent } from '../model.js';
import { bucketStarts, formatInZone, type Interval, isValidTimeZone } from '../time-buckets.js';

type Measurement = 'count' | 'unique' | 'sum_value';

interface AggregateBody {
	data: {
		type: 'metric-aggregate';
		attributes: {
			metric_id: string;
			measurements: Measurement[];
			interval?: Interval | null;
			page_size?: number | null;
			page_cursor?: string;
			by?: string[] | null;
			filter: string[];
			timezone?: string | null;
			sort?: string | null;
		};
	};
}

const MAX_RANGE_MS = 366 * 24 * 60 * 60 * 1000;

interface Row {
	dimensions: string[];
	measurements: Record<string, number[]>;
}

export const queryMetricAggregates: Handler = (context) => {
	const attributes = bodyOf<AggregateBody>(context).data.attributes;
	const metric = context.store.metrics.get(attributes.metric_id);
	if (!metric) throw notFound(`A metric with id '${attributes.metric_id}' does not exist.`);
	const timeZone = attributes.timezone ?? 'UTC';
	if (!isValidTimeZone(timeZone)) {
		throw badRequest(`Unknown timezone '${timeZone}'.`, { pointer: '/data/attributes/timezone' });
	}
	const { filter, start, end } = parseFilters(attributes.filter);
	const interval = attributes.interval ?? 'day';
	const starts = bucketStarts(start, end, interval, timeZone);
	const bucketOf = (instant: number) => {
		let index = -1;
		for (let i = 0; i < starts.length && starts[i]! <= instant; i++) index = i;
		return index;
	};

	const by = attributes.by ?? [];
	const groups = new Map<string, { dimensions: string[]; events: KlaviyoEvent[][] }>();
	if (by.length === 0) groups.set('', { dimensions: [], events: starts.map(() => []) });
	for (const event of context.store.events) {
		if (event.metric_id !== metric.id) continue;
		const instant = Date.parse(event.datetime);
		if (instant < start || instant >= end || !evaluateFilter(filter, eventView(event))) continue;
		const dimensions = by.map((name) => dimensionValue(event, name));
		const key = JSON.stringify(dimensions);
		let group = groups.get(by.length === 0 ? '' : key);
		if (!group) {
			group = { dimensions, events: starts.map(() => []) };
			groups.set(key, group);
		}
		const bucket = bucketOf(instant);
		if (bucket >= 0) group.events[bucket]!.push(event);
	}

	let rows: Row[] = [...groups.values()].map((group) => ({
		dimensions: group.dimensions,
		measurements: Object.fromEntries(
			attributes.measurements.map((measurement) => [
				measurement,
				group.events.map((bucket) => measure(measurement, bucket)),
			]),
		),
	}));
	rows = sortRows(rows, attributes.sort, by);
	const pageSize = attributes.page_size ?? 500;
	const self = `${context.baseUrl}/api/metric-aggregates/`;
	return {
		status: 200,
		body: {
			data: {
				type: 'metric-aggregate',
				id: uuid(),
				attributes: {
					dates: starts.map((instant) => formatInZone(instant, timeZone)),
					data: rows.slice(0, pageSize),
				},
				links: { self },
			},
			links: { self },
		},
	};
};

/** Parses every filter string; requires the datetime range and returns the rest as one AND. */
function parseFilters(filters: string[]): { filter: FilterNode; start: number; end: number } {
	const errors: JsonApiErrorObject[] = [];
	const conditions: FilterCondition[] = [];
	filters.forEach((text, index) => {
		try {
			const node = parseFilter(text);
			if (!isConjunction(node)) {
				errors.push(
					errorObject(400, 'invalid', `Only and-ed conditions are supported in filter '${text}'.`, {
						pointer: `/data/attributes/filter/${index}`,
					}),
				);
			}
			conditions.push(...conditionsOf(node));
		} catch (error) {
			if (!(error instanceof FilterSyntaxError)) throw error;
			errors.push(
				errorObject(400, 'invalid', `Invalid filter '${text}': ${error.message}.`, {
					pointer: `/data/attributes/filter/${index}`,
				}),
			);
		}
	});
	if (errors.length > 0) throw new ApiError(errors);
	const boundary = (operator: string) =>
		conditions.find(
			(c) => c.field === 'datetime' && c.operator === operator && asDate(c.value) !== undefined,
		);
	const lower = boundary('greater-or-equal');
	const upper = boundary('less-than');
	const from = asDate(lower?.value);
	const to = asDate(upper?.value);
	const pointer = { pointer: '/data/attributes/filter' };
	if (!from || !to) {
		throw badRequest(
			'The filter must include a time range: greater-or-equal(datetime,…) and less-than(datetime,…).',
			pointer,
		);
	}
	if (to.getTime() <= from.getTime())
		throw badRequest('The time range is empty (less-than must be after greater-or-equal).', pointer);
	if (to.getTime() - from.getTime() > MAX_RANGE_MS)
		throw badRequest('The time range cannot exceed one year.', pointer);
	const rest = conditions.filter((c) => c !== lower && c !== upper);
	return { filter: { kind: 'and', children: rest }, start: from.getTime(), end: to.getTime() };
}

/** Datetimes are normally unquoted (parsed as Date); quoted ISO strings are accepted too. */
function asDate(value: unknown): Date | undefined {
	if (value instanceof Date) return value;
	if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value);
	return undefined;
}

function isConjunction(node: FilterNode): boolean {
	if (node.kind === 'condition') return true;
	if (node.kind === 'and') return node.children.every(isConjunction);
	return false;
}

/** What extra filter conditions and `by` see: event properties plus reserved `$` values. */
function eventView(event: KlaviyoEvent): Record<string, unknown> {
	return {
		...event.properties,
		$value: event.value,
		$value_currency: event.value_currency,
		profile_id: event.profile_id,
		datetime: event.datetime,
	};
}

function dimensionValue(event: KlaviyoEvent, name: string): string {
	const value = eventView(event)[name];
	if (value === undefined || value === null) return '';
	return typeof value === 'string' ? value : JSON.stringify(value);
}

function measure(measurement: Measurement, events: KlaviyoEvent[]): number {
	switch (measurement) {
		case 'count':
			return events.length;
		case 'unique':
			return new Set(events.map((e) => e.profile_id)).size;
		case 'sum_value':
			return Math.round(events.reduce((sum, e) => sum + (e.value ?? 0), 0) * 100) / 100;
	}
}

/** `sort` is ±measurement (by its total) or ±dimension (by value). */
function sortRows(rows: Row[], sort: string | null | undefined, by: string[]): Row[] {
	if (!sort) return rows;
	const descending = sort.startsWith('-');
	const key = descending ? sort.slice(1) : sort;
	const dimensionIndex = by.indexOf(key);
	const value = (row: Row): number | string =>
		dimensionIndex >= 0
			? row.dimensions[dimensionIndex]!
			: (row.measurements[key] ?? []).reduce((a, b) => a + b, 0);
	return [...rows].sort((a, b) => {
		const [x, y] = [value(a), value(b)];
		const order = x < y ? -1 : x > y ? 1 : 0;
		return descending ? -order : order;
	});
}

import * as v from 'valibot';
import { invalidWith } from '../../core/errors.js';
import type { RequestOptions } from '../../core/options.js';
import type { PagePromise } from '../../core/pagination.js';
import { validate } from '../../core/validate.js';
import type { MetricAggregateBody } from '../bodies.js';
import { equals } from '../filter.js';
import { mergePages, onePage } from '../pages.js';
import { object, requiredString } from '../schemas.js';
import { type TimelineOptions, timelineOptions, timelineQuery } from '../timeline.js';
import type { Transport } from '../transport.js';
import type { EventsPage, MetricAggregateDocument, MetricAggregateQuery, MetricsPage } from '../types.js';

type Dimension = NonNullable<MetricAggregateQuery['by']>[number];

/** The dimensions `POST /api/metric-aggregates` can group by (an enum in the spec). */
const DIMENSIONS: readonly Dimension[] = [
	'$attributed_channel',
	'$attributed_flow',
	'$attributed_message',
	'$attributed_variation',
	'$campaign_channel',
	'$flow',
	'$flow_channel',
	'$message',
	'$message_send_cohort',
	'$usage_amount',
	'$value_currency',
	'$variation',
	'$variation_send_cohort',
	'Bot Click',
	'Bounce Type',
	'Campaign Name',
	'Client Canonical',
	'Client Name',
	'Client Type',
	'Email Domain',
	'Failure Source',
	'Failure Type',
	'From Number',
	'From Phone Region',
	'Inbox Provider',
	'List',
	'Message Format',
	'Message Name',
	'Message Type',
	'Method',
	'Segment Count',
	'Subject',
	'To Number',
	'To Phone Region',
	'URL',
	'form_id',
];

const MEASUREMENTS = { count: 'count', unique: 'unique', value: 'sum_value' } as const;
const DAY_MS = 86_400_000;
const day = v.optional(
	v.union(
		[v.pipe(v.string(), v.isoDate('must be a YYYY-MM-DD date')), v.date()],
		'must be a YYYY-MM-DD date or a Date',
	),
);
const wholeNumber = (min: number) =>
	v.pipe(
		v.number('must be a number'),
		v.integer('must be a whole number'),
		v.minValue(min, `must be at least ${min}`),
	);

export interface MetricExportOptions {
	metricId: string;
	/** First day (`YYYY-MM-DD` or `Date`, UTC). Default: 30 days before `endDate`. `start_date` works too. */
	startDate?: string | Date;
	/** Last day, inclusive. Default: today. `end_date` works too. */
	endDate?: string | Date;
	start_date?: string | Date;
	end_date?: string | Date;
	/** Bucket size. Default `'day'`. */
	unit?: 'day' | 'week' | 'month' | 'hour';
	/** `'count'` (default), `'unique'`, or `'value'` (sum of `$value`, Klaviyo's `sum_value`). */
	measurement?: 'count' | 'unique' | 'value';
	/** Equality conditions, as node-klaviyo's JSON `[["$attributed_message","=","abc"]]` or that array. */
	where?: string | Array<[string, '=', string | number | boolean]>;
	/** A dimension to group by (one of the values Klaviyo's aggregates accept). */
	by?: Dimension;
	/** Rows per page of the aggregate (Klaviyo's `page_size`). */
	count?: number;
	/** IANA time zone for the buckets. Default `'UTC'`. */
	timezone?: string;
}

/** Metrics: node-klaviyo's four methods on `/api/metrics`, `/api/events` and `/api/metric-aggregates`. */
export class Metrics {
	readonly #transport: Transport;

	constructor(transport: Transport) {
		this.#transport = transport;
	}

	/**
	 * The account's metrics (`GET /api/metrics`, up to 200 per page). Without options this is
	 * Klaviyo's paging: `await` for the first page, `for await` for all. With node-klaviyo's
	 * `page`/`count` (offset paging, which Klaviyo no longer has) it walks from the start and
	 * returns that one slice: items `page*count` to `page*count + count - 1`.
	 */
	getMetrics(
		options: { page?: number; count?: number } = {},
		request?: RequestOptions,
	): PagePromise<MetricsPage> {
		const { page, count } = validate(
			object({ page: v.optional(wholeNumber(0)), count: v.optional(wholeNumber(1)) }),
			options ?? {},
			'metrics.getMetrics',
		);
		const pages = this.#transport.paginate<MetricsPage>('/api/metrics', request);
		if (page === undefined && count === undefined) return pages;
		const start = (page ?? 0) * (count ?? 50);
		const end = start + (count ?? 50);
		return onePage(async () => {
			const all = await mergePages([pages], end);
			return { ...all, data: all.data.slice(start, end) };
		});
	}

	/** Every event in the account (`GET /api/events`), newest first by default. */
	getMetricsTimeline(options: TimelineOptions = {}, request?: RequestOptions): PagePromise<EventsPage> {
		const timeline = validate(object(timelineOptions), options ?? {}, 'metrics.getMetricsTimeline');
		return this.#transport.paginate('/api/events', { ...request, query: timelineQuery([], timeline) });
	}

	/** Events of one metric (`GET /api/events?filter=equals(metric_id,…)`). */
	getMetricTimelineById(
		options: { metricId: string } & TimelineOptions,
		request?: RequestOptions,
	): PagePromise<EventsPage> {
		const { metricId, ...timeline } = validate(
			object({ metricId: requiredString('Metric ID was not provided.'), ...timelineOptions }),
			options ?? {},
			'metrics.getMetricTimelineById',
		);
		return this.#transport.paginate('/api/events', {
			...request,
			query: timelineQuery([equals('metric_id', metricId)], timeline),
		});
	}

	/**
	 * Counts, uniques or value sums over time (`POST /api/metric-aggregates`). Dates are whole
	 * days with an inclusive end, as before; a sum of an arbitrary property has no equivalent.
	 */
	getMetricExport(options: MetricExportOptions, request?: RequestOptions): Promise<MetricAggregateDocument> {
		const input = validate(
			v.pipe(
				object({
					metricId: requiredString('Metric ID was not provided.'),
					startDate: day,
					endDate: day,
					start_date: day,
					end_date: day,
					unit: v.optional(
						v.picklist(['day', 'week', 'month', 'hour'], 'must be day, week, month or hour'),
						'day',
					),
					measurement: v.optional(
						v.picklist(
							['count', 'unique', 'value'],
							'must be "count", "unique" or "value" (a sum of another property has no modern equivalent)',
						),
						'count',
					),
					where: v.optional(
						v.union([v.string(), v.array(v.array(v.unknown()))], 'must be a JSON list of conditions'),
					),
					by: v.optional(
						v.picklist(DIMENSIONS, 'must be a dimension Klaviyo can group by (see the migration guide)'),
					),
					count: v.optional(wholeNumber(1)),
					timezone: v.optional(v.pipe(v.string('must be a string'), v.nonEmpty('must not be empty')), 'UTC'),
				}),
				v.check((o) => !(o.where && o.by), 'Cannot use by and where clauses at the same time.'),
			),
			options ?? {},
			'metrics.getMetricExport',
		);
		const end = toDay(input.endDate ?? input.end_date ?? new Date());
		const start = toDay(input.startDate ?? input.start_date ?? new Date(Date.parse(end) - 30 * DAY_MS));
		if (start > end) refuse('startDate', 'must not be after endDate');
		const next = new Date(Date.parse(end) + DAY_MS).toISOString().slice(0, 10);
		const body: MetricAggregateBody = {
			data: {
				type: 'metric-aggregate',
				attributes: {
					metric_id: input.metricId,
					measurements: [MEASUREMENTS[input.measurement]],
					interval: input.unit,
					filter: [
						`greater-or-equal(datetime,${start}T00:00:00)`,
						`less-than(datetime,${next}T00:00:00)`,
						...whereFilters(input.where),
					],
					timezone: input.timezone,
					...(input.by ? { by: [input.by] } : {}),
					...(input.count ? { page_size: input.count } : {}),
				},
			},
		};
		// A query: repeating it cannot change anything, so it is retried like a read.
		return this.#transport.request('POST', '/api/metric-aggregates', { ...request, body, idempotent: true });
	}
}

function toDay(value: string | Date): string {
	return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
}

/** node-klaviyo's `where` (`[["field","=",value], …]`, as JSON or array) to filter conditions. */
function whereFilters(where: string | unknown[][] | undefined): string[] {
	if (where === undefined || where === '') return [];
	let conditions: unknown = where;
	if (typeof where === 'string') {
		try {
			conditions = JSON.parse(where);
		} catch {
			refuse('where', 'must be JSON like [["$attributed_message","=","abc"]]', where);
		}
	}
	if (!Array.isArray(conditions)) refuse('where', 'must be a list of conditions', conditions);
	return (conditions as unknown[]).map((condition, i) => {
		const [field, operator, value] = Array.isArray(condition) ? condition : [];
		const scalar = ['string', 'number', 'boolean'].includes(typeof value);
		if (typeof field !== 'string' || operator !== '=' || !scalar) {
			refuse(
				`where.${i}`,
				'must be [field, "=", value]: other operators have no modern equivalent',
				condition,
			);
		}
		return equals(field, value as string | number | boolean);
	});
}

/** Throws `getMetricExport`'s refusal (its checks after the schema's), with the value when there is one. */
function refuse(field: string, rule: string, ...value: [unknown?]): never {
	throw invalidWith(field, rule, {
		method: 'metrics.getMetricExport',
		...(value.length && { value: value[0] }),
	});
}

/**
 * Events: single and bulk creation (client and server), and reading them back.
 *
 * Creation upserts the event's profile, creates the metric on first use, and applies
 * Klaviyo's documented dedupe rule: an event whose unique_id (default: its time to the
 * second) repeats for the same profile and metric is accepted (202) but not recorded.
 * In bulk requests the same repetition *within one request* fails the whole request
 * with 400 and nothing is stored.
 */
import { utf8Length } from '../bytes.js';
import {
	bodyOf,
	type Handler,
	type HandlerContext,
	includes,
	pageSize,
	sortBy,
	sortParam,
	sparseFields,
} from '../context.js';
import {
	ApiError,
	badRequest,
	collectErrors,
	errorObject,
	type JsonApiErrorObject,
	notFound,
} from '../errors.js';
import { evaluateFilter } from '../filter.js';
import { isoSeconds } from '../ids.js';
import type { KlaviyoEvent, ProfileAttributes, ProfileMeta } from '../model.js';
import { paginate } from '../paging.js';
import {
	checkIdentifierFormats,
	findExisting,
	identifiersOf,
	type ProfileWrite,
	requireIdentifier,
	upsertProfile,
} from '../profile-writes.js';
import {
	eventResource,
	metricResource,
	profileResource,
	type Resource,
	singleDocument,
	uniqueResources,
} from '../resources.js';
import { Store } from '../store.js';

interface ProfileData {
	type: 'profile';
	id?: string | null;
	/** Single-event profiles carry `meta` inside attributes… */
	attributes: ProfileAttributes & { meta?: ProfileMeta | null };
	/** …bulk ones next to attributes. */
	meta?: ProfileMeta | null;
}

interface EventAttributes {
	properties: Record<string, unknown>;
	time?: string | null;
	value?: number | null;
	value_currency?: string | null;
	unique_id?: string | null;
	backfill?: boolean | null;
	metric: { data: { type: 'metric'; attributes: { name: string; service?: string | null } } };
}

interface EventBody {
	data: { type: 'event'; attributes: EventAttributes & { profile: { data: ProfileData } } };
}

interface BulkEntry {
	type: 'event-bulk-create';
	attributes: {
		backfill?: boolean | null;
		profile: { data: ProfileData };
		events: { data: Array<{ type: 'event'; attributes: EventAttributes }> };
	};
}

interface ClientBulkBody {
	data: BulkEntry;
}

interface BulkJobBody {
	data: { type: 'event-bulk-create-job'; attributes: { 'events-bulk-create': { data: BulkEntry[] } } };
}

/** Documented per-request event limit for both bulk endpoints. */
const MAX_BULK_EVENTS = 1000;
const MAX_METRIC_NAME = 128;
/** "Properties of this event (must not exceed 400 properties)… each string cannot be larger than 100 KB." */
const MAX_PROPERTIES = 400;
const MAX_STRING_BYTES = 100 * 1024;
const EARLIEST_EVENT = Date.parse('1990-01-01T00:00:00Z');
const YEAR_MS = 366 * 24 * 60 * 60 * 1000;

interface PreparedEvent {
	metricName: string;
	/** As given, or the receipt time. */
	time: string;
	datetime: string;
	uniqueId: string;
	uniqueIdGiven: boolean;
	value: number | null;
	valueCurrency: string | null;
	properties: Record<string, unknown>;
	backfill: boolean;
}

function hasOversizedString(value: unknown): boolean {
	if (typeof value === 'string') return utf8Length(value) > MAX_STRING_BYTES;
	if (Array.isArray(value)) return value.some(hasOversizedString);
	if (value && typeof value === 'object') return Object.values(value).some(hasOversizedString);
	return false;
}

function profileWriteOf(data: ProfileData): ProfileWrite {
	const { meta, ...attributes } = data.attributes;
	return { id: data.id, attributes, meta: data.meta ?? meta };
}

function checkProfile(write: ProfileWrite, pointer: string, errors: JsonApiErrorObject[]): void {
	collectErrors(errors, () => requireIdentifier(write, `${pointer}/attributes`));
	collectErrors(errors, () => checkIdentifierFormats(write.attributes, `${pointer}/attributes`));
}

/** Validates one event's documented limits and normalises its time and dedupe key. */
function prepareEvent(
	attributes: EventAttributes,
	pointer: string,
	errors: JsonApiErrorObject[],
	backfillDefault = false,
): PreparedEvent {
	const name = attributes.metric.data.attributes.name;
	if (name.length >= MAX_METRIC_NAME || name.trim() === '') {
		errors.push(
			errorObject(400, 'invalid', 'Metric name must be non-empty and less than 128 characters.', {
				pointer: `${pointer}/metric/data/attributes/name`,
			}),
		);
	}
	const count = Object.keys(attributes.properties).length;
	if (count > MAX_PROPERTIES) {
		const detail = `Events accept at most ${MAX_PROPERTIES} properties; got ${count}.`;
		errors.push(errorObject(400, 'invalid', detail, { pointer: `${pointer}/properties` }));
	}
	if (hasOversizedString(attributes.properties)) {
		errors.push(
			errorObject(400, 'invalid', 'A property string exceeds 100KB.', { pointer: `${pointer}/properties` }),
		);
	}
	const time = attributes.time ? Date.parse(attributes.time) : Date.now();
	if (time < EARLIEST_EVENT || time > Date.now() + YEAR_MS) {
		errors.push(
			errorObject(400, 'invalid', 'Event time must be after 1990 and at most 1 year in the future.', {
				pointer: `${pointer}/time`,
			}),
		);
	}
	const datetime = isoSeconds(time);
	return {
		metricName: name,
		time: attributes.time ?? new Date(time).toISOString(),
		datetime,
		uniqueId: Store.effectiveUniqueId(attributes.unique_id, datetime),
		uniqueIdGiven: attributes.unique_id !== undefined && attributes.unique_id !== null,
		value: attributes.value ?? null,
		valueCurrency: attributes.value_currency ?? null,
		properties: attributes.properties,
		backfill: attributes.backfill ?? backfillDefault,
	};
}

function store(context: HandlerContext, profileId: string, event: PreparedEvent): void {
	context.store.addEvent({
		profileId,
		metricName: event.metricName,
		time: event.time,
		value: event.value,
		valueCurrency: event.valueCurrency,
		uniqueId: event.uniqueIdGiven ? event.uniqueId : null,
		properties: event.properties,
		backfill: event.backfill,
	});
}

/** POST /client/events and POST /api/events — 202, deduplicated by unique_id. */
export const createEvent: Handler = (context) => {
	const { attributes } = bodyOf<EventBody>(context).data;
	const errors: JsonApiErrorObject[] = [];
	const write = profileWriteOf(attributes.profile.data);
	checkProfile(write, '/data/attributes/profile/data', errors);
	const event = prepareEvent(attributes, '/data/attributes', errors);
	if (errors.length > 0) throw new ApiError(errors);
	const { profile } = upsertProfile(context.store, write, 'client');
	store(context, profile.id, event);
	return { status: 202 };
};

/** POST /client/event-bulk-create — one profile, up to 1000 events. */
export const bulkCreateClientEvents: Handler = (context) => {
	context.store.batch(() => createBulk(context, [bodyOf<ClientBulkBody>(context).data], '/data'));
	return { status: 202 };
};

/** POST /api/event-bulk-create-jobs — several profiles, up to 1000 events in total. */
export const bulkCreateEvents: Handler = (context) => {
	const entries = bodyOf<BulkJobBody>(context).data.attributes['events-bulk-create'].data;
	context.store.batch(() => createBulk(context, entries, '/data/attributes/events-bulk-create/data/'));
	return { status: 202 };
};

/**
 * Validates the whole batch first (limits, identifiers, repeated unique_ids), then
 * stores it; any problem rejects the request with nothing processed.
 */
function createBulk(context: HandlerContext, entries: BulkEntry[], pointerBase: string): void {
	const total = entries.reduce((sum, entry) => sum + entry.attributes.events.data.length, 0);
	if (total > MAX_BULK_EVENTS) {
		throw badRequest(`A request accepts at most ${MAX_BULK_EVENTS} events; got ${total}.`, {
			pointer: '/data',
		});
	}
	const errors: JsonApiErrorObject[] = [];
	const seen = new Set<string>();
	const prepared = entries.map((entry, i) => {
		const pointer = pointerBase.endsWith('/') ? `${pointerBase}${i}` : pointerBase;
		const write = profileWriteOf(entry.attributes.profile.data);
		checkProfile(write, `${pointer}/attributes/profile/data`, errors);
		const identity = errors.length === 0 ? identityOf(context, write) : `entry:${i}`;
		const events = entry.attributes.events.data.map((event, j) => {
			const eventPointer = `${pointer}/attributes/events/data/${j}/attributes`;
			const ready = prepareEvent(event.attributes, eventPointer, errors, entry.attributes.backfill ?? false);
			const key = `${identity}|${ready.metricName}|${ready.uniqueId}`;
			if (seen.has(key)) {
				errors.push(
					errorObject(
						400,
						'invalid',
						`unique_id '${ready.uniqueId}' is repeated for the same profile and metric ('${ready.metricName}'); no events were processed.`,
						{ pointer: `${eventPointer}/unique_id` },
					),
				);
			}
			seen.add(key);
			return ready;
		});
		return { write, events };
	});
	if (errors.length > 0) throw new ApiError(errors);
	for (const { write, events } of prepared) {
		const { profile } = upsertProfile(context.store, write, 'client');
		for (const event of events) store(context, profile.id, event);
	}
}

/** Which profile a bulk entry will land on: an existing id, or its first identifier. */
function identityOf(context: HandlerContext, write: ProfileWrite): string {
	const existing = findExisting(context.store, write, 'client');
	if (existing) return existing.id;
	const [field, value] = identifiersOf(write.attributes)[0]!;
	return `${field}:${field === 'email' ? value.toLowerCase() : value}`;
}

// ── Reading ─────────────────────────────────────────────────────────────────────

const eventFilterView = (event: KlaviyoEvent) => ({
	id: event.id,
	profile_id: event.profile_id,
	metric_id: event.metric_id,
	profile: event.profile_id,
	metric: event.metric_id,
	datetime: event.datetime,
	timestamp: event.timestamp,
});

function requireEvent(context: HandlerContext): KlaviyoEvent {
	const event = context.store.events.find((e) => e.id === context.params.id);
	if (!event) throw notFound(`An event with id '${context.params.id}' does not exist.`);
	return event;
}

/** `include=metric,profile` → the related resources for `included[]`. */
function includedFor(context: HandlerContext, events: KlaviyoEvent[]): Resource[] {
	const include = includes(context);
	const { store, baseUrl } = context;
	const included: Resource[] = [];
	for (const event of events) {
		const metric = store.metrics.get(event.metric_id);
		const profile = store.profiles.get(event.profile_id);
		if (include.has('metric') && metric)
			included.push(metricResource(baseUrl, metric, sparseFields(context, 'metric')));
		if (include.has('profile') && profile) {
			included.push(profileResource(baseUrl, profile, { fields: sparseFields(context, 'profile') }));
		}
	}
	return uniqueResources(included);
}

/** GET /api/events — filter, sort (default: oldest first), cursor pages. */
export const getEvents: Handler = (context) => {
	let events = [...context.store.events];
	const filter = context.filter;
	if (filter) events = events.filter((event) => evaluateFilter(filter, eventFilterView(event)));
	const sort = sortParam(context) ?? { field: 'datetime', descending: false };
	events = sortBy(
		events,
		(event) => (sort.field === 'timestamp' ? event.timestamp : event.datetime),
		sort.descending,
	);
	const { items, links } = paginate(context, events, pageSize(context, 200));
	const fields = sparseFields(context, 'event');
	const body: Record<string, unknown> = {
		data: items.map((event) => eventResource(context.baseUrl, event, fields)),
		links,
	};
	const included = includedFor(context, items);
	if (includes(context).size > 0) body.included = included;
	return { status: 200, body };
};

/** GET /api/events/{id} */
export const getEvent: Handler = (context) => {
	const event = requireEvent(context);
	const resource = eventResource(context.baseUrl, event, sparseFields(context, 'event'));
	return { status: 200, body: singleDocument(resource, resource.links!.self, includedFor(context, [event])) };
};

/** GET /api/events/{id}/metric and …/relationships/metric */
export const getMetricForEvent: Handler = (context) => {
	const event = requireEvent(context);
	const metric = context.store.metrics.get(event.metric_id)!;
	const resource = metricResource(context.baseUrl, metric, sparseFields(context, 'metric'));
	return { status: 200, body: singleDocument(resource, context.url.href) };
};

export const getMetricIdForEvent: Handler = (context) => {
	const event = requireEvent(context);
	return {
		status: 200,
		body: { data: { type: 'metric', id: event.metric_id }, links: { self: context.url.href } },
	};
};

/** GET /api/events/{id}/profile and …/relationships/profile */
export const getProfileForEvent: Handler = (context) => {
	const event = requireEvent(context);
	const profile = context.store.profiles.get(event.profile_id)!;
	const resource = profileResource(context.baseUrl, profile, { fields: sparseFields(context, 'profile') });
	return { status: 200, body: singleDocument(resource, context.url.href) };
};

export const getProfileIdForEvent: Handler = (context) => {
	const event = requireEvent(context);
	return {
		status: 200,
		body: { data: { type: 'profile', id: event.profile_id }, links: { self: context.url.href } },
	};
};

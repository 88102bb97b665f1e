import * as v from 'valibot';
import { invalidWith } from '../../core/errors.js';
import type { RequestOptions } from '../../core/options.js';
import { checked, validate } from '../../core/validate.js';
import { IDENTIFIERS } from '../../protocol/identifiers.js';
import { type LegacyEvent, toEventAttributes } from '../../protocol/legacy.js';
import type { EventBody, EventBulkBody, EventBulkEntry, EventBulkItem } from '../bodies.js';
import { type BulkResult, bytesOf, LIMITS, resultOrFirstError, sendChunks, tooLarge } from '../bulk.js';
import type { Transport } from '../transport.js';
import type { EventAttributes } from '../types.js';

/**
 * Server-side events. Each event gets a `unique_id` (its `properties.$event_id`, or a fresh
 * UUID), so a retried request is deduplicated by Klaviyo instead of counted twice.
 */
export class Events {
	readonly #transport: Transport;

	constructor(transport: Transport) {
		this.#transport = transport;
	}

	/** Records one event (`POST /api/events`). Resolves with the `unique_id` it was sent with. */
	create(event: LegacyEvent, request?: RequestOptions): Promise<{ unique_id: string }> {
		const attributes = toAttributes(event, 'events.create');
		const body: EventBody = { data: { type: 'event', attributes } };
		if (bytesOf(body) > LIMITS.jobBytes) throw tooLarge('event', LIMITS.jobBytes);
		return this.#transport
			.request('POST', '/api/events', { ...request, body, idempotent: true })
			.then(() => ({ unique_id: attributes.unique_id! }));
	}

	/**
	 * Records many events through bulk jobs (`POST /api/event-bulk-create-jobs`): events are
	 * grouped by profile, at most 1,000 events and 5 MB per job. Every chunk is reported.
	 */
	bulkCreate(events: LegacyEvent[], request?: RequestOptions): Promise<BulkResult> {
		validate(v.array(v.unknown(), 'must be an array of events'), events, 'events.bulkCreate');
		const planned = events.map((event, i) => plan(toAttributes(event, 'events.bulkCreate', `events.${i}`)));
		rejectDuplicateIds(planned);
		const chunks = chunkEvents(planned);
		return sendChunks(chunks, async (chunk) => {
			const body = bulkBody(group(chunk));
			// Retried: every event carries a unique_id, so a repeated job records nothing twice.
			await this.#transport.request('POST', '/api/event-bulk-create-jobs', {
				...request,
				body,
				idempotent: true,
			});
			return undefined;
		}).then(resultOrFirstError);
	}
}

/** One `POST /api/event-bulk-create-jobs` body, with the input positions of the events in it. */
export interface EventJob {
	body: EventBulkBody;
	/** Positions, in the caller's array, of the events this job carries, in body order. */
	items: number[];
}

/**
 * Plans bulk jobs for already-translated events (the queue consumer's path): grouped by profile,
 * at most 1,000 events and 5 MB per job, in input order. Throws a `KlaviyoValidationError` for an
 * event too large for any job. The caller removes repeated `unique_id`s first.
 */
export function eventJobs(events: readonly EventAttributes[]): EventJob[] {
	const planned = events.map((attributes, i) => ({ ...plan(attributes), index: i }));
	return chunkEvents(planned).map((chunk) => {
		const entries = group(chunk);
		// group() keeps input order within a profile's entry: read positions back in body order.
		const byKey = new Map<string, number[]>();
		for (const item of chunk) byKey.set(item.key, [...(byKey.get(item.key) ?? []), item.index]);
		return { body: bulkBody(entries), items: [...byKey.values()].flat() };
	});
}

/** Translates and checks node-klaviyo's event shape (the protocol layer); errors name the event's position. */
export const toAttributes = (event: LegacyEvent, method: string, at = '') =>
	checked(method, at, () => toEventAttributes(event) as EventAttributes);

interface Planned {
	/** Events of the same profile share one bulk entry. */
	key: string;
	profile: EventBulkEntry['attributes']['profile']['data'];
	event: EventBulkItem;
	/** Serialized sizes, for the 5 MB budget. */
	entryBytes: number;
	eventBytes: number;
}

function plan({ profile, ...attributes }: EventAttributes): Planned {
	const event: EventBulkItem = { type: 'event', attributes };
	const entry = bulkEntry(profile.data, []);
	return {
		key: JSON.stringify(profile.data.attributes),
		profile: profile.data,
		event,
		entryBytes: bytesOf(entry),
		eventBytes: bytesOf(event),
	};
}

/**
 * Klaviyo fails a whole job when a `unique_id` repeats for one profile and metric. Two events are
 * for one profile when they share an identifier (emails in any case), whatever else differs.
 */
function rejectDuplicateIds(planned: Planned[]): void {
	const seen = new Set<string>();
	planned.forEach(({ profile, event }, i) => {
		const { metric, unique_id } = event.attributes;
		const keys = IDENTIFIERS.flatMap((field) => {
			const value = profile.attributes[field];
			if (value == null || value === '') return [];
			const id = field === 'email' ? String(value).toLowerCase() : String(value);
			return [[field, id, metric.data.attributes.name, unique_id].join('\u0000')];
		});
		if (keys.some((key) => seen.has(key))) {
			throw invalidWith(
				`events.${i}.properties.$event_id`,
				'must be unique for the same profile and metric',
				{
					value: unique_id,
					method: 'events.bulkCreate',
				},
			);
		}
		for (const key of keys) seen.add(key);
	});
}

/**
 * Splits events, in input order, into jobs of at most 1,000 events and 5 MB, counting the bytes
 * of the body exactly as it will be serialized (an event joins its profile's entry when that
 * profile is already in the job). An event too large for any job is a validation error.
 */
function chunkEvents<T extends Planned>(planned: T[]): T[][] {
	const envelope = bytesOf(bulkBody([]));
	const chunks: T[][] = [];
	let chunk: T[] = [];
	let counts = new Map<string, number>();
	let bytes = envelope;
	const cost = (item: Planned) => {
		const inEntry = counts.get(item.key);
		if (inEntry === undefined) return (counts.size ? 1 : 0) + item.entryBytes + item.eventBytes;
		return (inEntry ? 1 : 0) + item.eventBytes;
	};
	planned.forEach((item, i) => {
		if (chunk.length === LIMITS.eventsPerJob || bytes + cost(item) > LIMITS.jobBytes) {
			if (!chunk.length) throw tooLarge(`events.${i}`, LIMITS.jobBytes);
			chunks.push(chunk);
			chunk = [];
			counts = new Map();
			bytes = envelope;
			if (bytes + cost(item) > LIMITS.jobBytes) throw tooLarge(`events.${i}`, LIMITS.jobBytes);
		}
		bytes += cost(item);
		counts.set(item.key, (counts.get(item.key) ?? 0) + 1);
		chunk.push(item);
	});
	if (chunk.length) chunks.push(chunk);
	return chunks;
}

function group(chunk: Planned[]): EventBulkEntry[] {
	const entries = new Map<string, EventBulkEntry>();
	for (const { key, profile, event } of chunk) {
		const entry = entries.get(key) ?? bulkEntry(profile, []);
		entry.attributes.events.data.push(event);
		entries.set(key, entry);
	}
	return [...entries.values()];
}

function bulkEntry(profile: Planned['profile'], events: EventBulkItem[]): EventBulkEntry {
	return { type: 'event-bulk-create', attributes: { profile: { data: profile }, events: { data: events } } };
}

function bulkBody(entries: EventBulkEntry[]): EventBulkBody {
	return { data: { type: 'event-bulk-create-job', attributes: { 'events-bulk-create': { data: entries } } } };
}

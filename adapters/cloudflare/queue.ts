/**
 * The queue consumer: turns batches of queued events and profiles into Klaviyo bulk jobs.
 *
 *   export default { fetch, queue: klaviyoQueue().queue };   // or relayWorker(), which has both
 *
 * Cloudflare hands a consumer at most 100 messages per batch, and a bulk job takes 1,000 events,
 * so with `env.KLAVIYO_BULK_QUEUE` bound the work is done in two steps: single items are packed
 * into parcels (≤ 100 items, under the message size limit) and sent to that queue, whose batches
 * of ≤ 10 parcels become jobs of ≤ 1,000 events. Without it, each batch is sent as it comes.
 *
 * A message is acked once every item in it landed (or was dead-lettered with Klaviyo's reason);
 * otherwise it is retried, after Klaviyo's `Retry-After` when it gave one, within the queue's
 * `max_retries`. Delivery is at least once: events carry `unique_id`s, so one that arrives
 * twice (here or in Klaviyo) is counted once; profile imports are upserts.
 */

import { BULK_JOB_TIMEOUT_MS, QUEUE_MAX_DELAY_SECONDS } from '../../src/core/options.js';
import { redeliveryStep } from '../../src/core/retry.js';
import { type RateLimit, RateLimiter } from '../../src/private/rate-limiter.js';
import { Transport } from '../../src/private/transport.js';
import type { EventCreateAttributes, ProfileAttributes } from '../../src/protocol/jsonapi.js';
import { deliverEvents, deliverProfiles, type Outcome } from './deliver.js';
import {
	type DeadLetter,
	isQueuedItem,
	MAX_MESSAGE_BYTES,
	messageBytes,
	type Parcel,
	type Producer,
	type QueuedItem,
} from './messages.js';

/** The Worker's bindings the consumer reads. */
export interface QueueEnv {
	/** The private key: bulk jobs are server-side calls. A secret (`wrangler secret put`). */
	KLAVIYO_PRIVATE_KEY?: string;
	KLAVIYO_BASE_URL?: string;
	/** Producer binding of the second queue, where parcels wait to become 1,000-event jobs. */
	KLAVIYO_BULK_QUEUE?: Producer;
	/** Producer binding of the dead-letter queue, for items Klaviyo refused. */
	KLAVIYO_DLQ?: Producer;
}

/** The parts of Cloudflare's `Message` and `MessageBatch` used here. */
export interface QueueMessage {
	readonly body: unknown;
	readonly attempts: number;
	ack(): void;
	retry(options?: { delaySeconds?: number }): void;
}
export interface QueueBatch {
	readonly queue: string;
	readonly messages: readonly QueueMessage[];
}

export interface QueueConsumerOptions {
	fetch?: typeof fetch;
	/** Per job, milliseconds. Default 30 000 (`BULK_JOB_TIMEOUT_MS`: a 5 MB job is not a small request). */
	timeout?: number;
	/** Called once per batch with what happened (logs, metrics, tests). */
	onBatch?: (report: BatchReport) => void;
}

export interface BatchReport {
	queue: string;
	messages: number;
	/** Items sent on to the bulk queue in parcels. */
	packed: number;
	landed: number;
	retried: number;
	deadLettered: number;
}

const BULK_PACE: Record<string, RateLimit> = {
	'POST /api/event-bulk-create-jobs': [9, 149],
	'POST /api/profile-bulk-import-jobs': [9, 149],
};

/** Items per parcel: a bulk-queue batch of 10 parcels then fills one 1,000-event job. */
const PARCEL_ITEMS = 100;

export function klaviyoQueue<Env extends QueueEnv = QueueEnv>(options: QueueConsumerOptions = {}) {
	// Per isolate: keeps this consumer under the bulk endpoints' 10/s and 150/min, one job short of
	// each, so that the requests' travel time (Klaviyo counts arrivals) never tips a window over.
	// Several concurrent consumers each keep their own count, so the queue's max_concurrency matters.
	const limiter = new RateLimiter({ limits: BULK_PACE });
	let cached: { key: string; transport: Transport } | undefined;
	const transportFor = (env: Env) => {
		const key = `${env.KLAVIYO_PRIVATE_KEY}|${env.KLAVIYO_BASE_URL ?? ''}`;
		if (cached?.key !== key) {
			const transport = new Transport({
				privateKey: env.KLAVIYO_PRIVATE_KEY ?? '',
				baseUrl: env.KLAVIYO_BASE_URL,
				fetch: options.fetch,
				timeout: options.timeout ?? BULK_JOB_TIMEOUT_MS,
				beforeRequest: limiter.acquire,
			});
			cached = { key, transport };
		}
		return cached.transport;
	};

	return {
		async queue(batch: QueueBatch, env: Env): Promise<void> {
			const report: BatchReport = {
				queue: batch.queue,
				messages: batch.messages.length,
				packed: 0,
				landed: 0,
				retried: 0,
				deadLettered: 0,
			};
			const singles: QueueMessage[] = [];
			const deliveries: QueueMessage[] = [];
			for (const message of batch.messages) {
				(isParcel(message.body) || !env.KLAVIYO_BULK_QUEUE ? deliveries : singles).push(message);
			}
			if (singles.length) report.packed = await pack(singles, env.KLAVIYO_BULK_QUEUE!);
			if (deliveries.length) await settleMessages(deliveries, transportFor(env), env, report);
			options.onBatch?.(report);
		},
	};
}

const now = () => new Date().toISOString();
const isParcel = (body: unknown): body is Parcel => (body as Parcel | undefined)?.kind === 'parcel';
/** The items a message carries; what is not one of ours is left out (and so dead-lettered). */
const itemsOf = (body: unknown): QueuedItem[] =>
	(isParcel(body) ? (Array.isArray(body.items) ? body.items : []) : [body]).filter(isQueuedItem);

/** Packs single items into parcels for the bulk queue; they are acked once the parcels are queued. */
async function pack(messages: QueueMessage[], bulk: Producer): Promise<number> {
	const parcels: Parcel[] = [];
	let parcel: Parcel = { kind: 'parcel', items: [] };
	let bytes = messageBytes(parcel);
	for (const item of messages.flatMap((message) => itemsOf(message.body))) {
		const size = messageBytes(item) + 1;
		if (parcel.items.length && (parcel.items.length === PARCEL_ITEMS || bytes + size > MAX_MESSAGE_BYTES)) {
			parcels.push(parcel);
			parcel = { kind: 'parcel', items: [] };
			bytes = messageBytes(parcel);
		}
		parcel.items.push(item);
		bytes += size;
	}
	if (parcel.items.length) parcels.push(parcel);
	// sendBatch takes 100 messages or 256 KB: two parcels at most per call.
	for (let i = 0; i < parcels.length; i += 2) {
		await bulk.sendBatch(parcels.slice(i, i + 2).map((body) => ({ body, contentType: 'json' as const })));
	}
	for (const message of messages) message.ack();
	return parcels.reduce((sum, p) => sum + p.items.length, 0);
}

/** Sends the messages' items as bulk jobs, then acks, retries or dead-letters each message. */
async function settleMessages(
	messages: QueueMessage[],
	transport: Transport,
	env: QueueEnv,
	report: BatchReport,
) {
	const owners: number[] = [];
	const items: QueuedItem[] = [];
	messages.forEach((message, m) => {
		for (const item of itemsOf(message.body)) {
			owners.push(m);
			items.push(item);
		}
	});
	const outcomes = await deliverAll(items, transport);

	const dead: DeadLetter[] = [];
	// Not ours (another producer on the queue, a bug): kept in the DLQ rather than acked into nothing.
	const owned = new Set(owners);
	messages.forEach((message, m) => {
		if (owned.has(m)) return;
		const reason = 'not a klaviyo-edge queue message';
		dead.push({ kind: 'dead-letter', item: message.body as QueuedItem, status: 0, reason, at: now() });
	});
	const perMessage = messages.map(() => ({ retry: false, after: undefined as number | undefined }));
	outcomes.forEach((outcome, i) => {
		const state = perMessage[owners[i]!]!;
		if (outcome.kind === 'landed') report.landed += 1;
		else if (outcome.kind === 'refused') {
			dead.push({
				kind: 'dead-letter',
				item: items[i]!,
				status: outcome.status,
				reason: outcome.reason,
				at: now(),
			});
		} else {
			state.retry = true;
			if (outcome.after !== undefined) state.after = Math.max(state.after ?? 0, outcome.after);
		}
	});
	if (dead.length) await deadLetter(dead, env.KLAVIYO_DLQ);
	report.deadLettered = dead.length;
	messages.forEach((message, m) => {
		const { retry, after } = perMessage[m]!;
		if (!retry) {
			message.ack();
			return;
		}
		report.retried += 1;
		// The one policy (core/retry.ts): Klaviyo's wait when it said one, else the redelivery backoff,
		// in the whole seconds Queues takes, at most the 12 hours it accepts.
		const wait = after ?? redeliveryStep(message.attempts) / 1000;
		message.retry({ delaySeconds: Math.min(Math.ceil(wait), QUEUE_MAX_DELAY_SECONDS) });
	});
}

/**
 * Events and profiles in their own jobs; a `unique_id` repeated for the same profile and metric
 * (a redelivered message in the same batch) is sent once, because Klaviyo would refuse the job.
 */
async function deliverAll(items: QueuedItem[], transport: Transport): Promise<Outcome[]> {
	const outcomes: Outcome[] = new Array(items.length);
	const events: number[] = [];
	const firstOf = new Map<number, number>();
	const seen = new Map<string, number>();
	const profiles: number[] = [];
	items.forEach((item, i) => {
		if (item.kind === 'profile') {
			profiles.push(i);
			return;
		}
		const key = sameEventKey(item.attributes);
		const first = seen.get(key);
		if (first === undefined) {
			seen.set(key, i);
			events.push(i);
		} else firstOf.set(i, first);
	});
	const [eventOutcomes, profileOutcomes] = await Promise.all([
		events.length
			? deliverEvents(
					transport,
					events.map((i) => items[i]!.attributes as EventCreateAttributes),
				)
			: [],
		profiles.length
			? deliverProfiles(
					transport,
					profiles.map((i) => items[i]!.attributes as ProfileAttributes),
				)
			: [],
	]);
	events.forEach((i, k) => {
		outcomes[i] = eventOutcomes[k]!;
	});
	profiles.forEach((i, k) => {
		outcomes[i] = profileOutcomes[k]!;
	});
	for (const [i, first] of firstOf) outcomes[i] = outcomes[first]!;
	return outcomes;
}

/** Klaviyo's dedupe key: the same profile (the whole identity, to be safe), metric and `unique_id`. */
function sameEventKey(event: EventCreateAttributes): string {
	const { email, phone_number, external_id, anonymous_id, _kx } = event.profile.data.attributes;
	return JSON.stringify([
		event.metric.data.attributes.name,
		event.unique_id,
		email?.toLowerCase(),
		phone_number,
		external_id,
		anonymous_id,
		_kx,
	]);
}

/** Refused items go to the dead-letter queue with their reason; without one, to the log, loudly. */
async function deadLetter(dead: DeadLetter[], dlq: Producer | undefined): Promise<void> {
	if (!dlq) {
		for (const letter of dead) {
			console.error(`Klaviyo refused a queued ${letter.item.kind} (${letter.status}): ${letter.reason}`);
		}
		return;
	}
	// One by one: a letter can be nearly a whole message, and sendBatch takes 256 KB in all.
	for (const letter of dead) await dlq.send(letter, { contentType: 'json' });
}

// The queue consumer's decisions, message by message, against the in-process emulator: what is
// acked, retried (and after how long), packed or dead-lettered. The workerd end-to-end run is
// relay-queue.test.ts.
import { createEmulator, type Emulator } from 'klaviyo-edge/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import {
	type DeadLetter,
	enqueue,
	enqueueEvent,
	klaviyoQueue,
	MAX_MESSAGE_BYTES,
	type Parcel,
	type Producer,
	type QueuedItem,
} from '../../../adapters/cloudflare.js';
import { KlaviyoValidationError } from '../../../src/core/errors.js';

const BULK = '/api/event-bulk-create-jobs';
let emu: Emulator;

beforeEach(() => {
	emu = createEmulator();
});

/** A Queues message whose fate the test reads back. */
function message(body: unknown, attempts = 1) {
	const fate: { acked: boolean; retry?: number } = { acked: false };
	return {
		fate,
		body,
		attempts,
		ack: () => {
			fate.acked = true;
		},
		retry: (options?: { delaySeconds?: number }) => {
			fate.retry = options?.delaySeconds ?? 0;
		},
	};
}

function producer() {
	const sent: unknown[] = [];
	const queue: Producer = {
		send: async (body) => void sent.push(body),
		sendBatch: async (messages) => {
			for (const { body } of messages) sent.push(body);
		},
	};
	return { queue, sent };
}

const event = (n: number, email = `shopper${n}@example.com`, uniqueId = `view-${n}`): QueuedItem => ({
	kind: 'event',
	attributes: {
		properties: { n },
		metric: { data: { type: 'metric', attributes: { name: 'Viewed Product' } } },
		profile: { data: { type: 'profile', attributes: { email } } },
		unique_id: uniqueId,
	},
});

async function consume(bodies: unknown[], env: Record<string, unknown> = {}, attempts = 1) {
	const messages = bodies.map((body) => message(body, attempts));
	const dlq = producer();
	const consumer = klaviyoQueue({ fetch: emu.fetch as typeof fetch });
	await consumer.queue(
		{ queue: 'klaviyo-bulk', messages },
		{
			KLAVIYO_PRIVATE_KEY: emu.privateKey,
			KLAVIYO_BASE_URL: 'http://klaviyo.test',
			KLAVIYO_DLQ: dlq.queue,
			...env,
		},
	);
	return { fates: messages.map((m) => m.fate), dead: dlq.sent as DeadLetter[] };
}

const posts = () => emu.requests.filter((r) => r.path === BULK);

describe('klaviyoQueue', () => {
	it('sends a batch as one bulk job and acks every message once it landed', async () => {
		const { fates, dead } = await consume([
			event(1),
			event(2),
			{ kind: 'parcel', items: [event(3), event(4)] },
		]);
		expect(fates).toEqual(Array(3).fill({ acked: true }));
		expect(dead).toEqual([]);
		expect(posts()).toHaveLength(1);
		expect(emu.store.events.map((e) => e.properties.n).sort()).toEqual([1, 2, 3, 4]);
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('packs single messages into parcels of at most 100 items on the bulk queue, then acks them', async () => {
		const bulk = producer();
		const singles = Array.from({ length: 250 }, (_, n) => event(n));
		const { fates } = await consume(singles, { KLAVIYO_BULK_QUEUE: bulk.queue });
		expect(fates.every((f) => f.acked && f.retry === undefined)).toBe(true);
		expect((bulk.sent as Parcel[]).map((p) => p.items.length)).toEqual([100, 100, 50]);
		expect(posts()).toHaveLength(0);
	});

	it('retries every message after Retry-After on a 429, and with backoff on a 503', async () => {
		emu.faults.add({ path: BULK, status: 429, retryAfter: 7 });
		let { fates } = await consume([event(1), event(2)]);
		expect(fates).toEqual([
			{ acked: false, retry: 7 },
			{ acked: false, retry: 7 },
		]);
		emu.faults.add({ path: BULK, status: 503 });
		({ fates } = await consume([event(1)], {}, 4));
		expect(fates).toEqual([{ acked: false, retry: 8 }]); // 4th attempt: 2^3 s
		expect(emu.store.events).toHaveLength(0);
	});

	it('retries after a dropped connection and a bad key instead of dead-lettering', async () => {
		emu.faults.add({ path: BULK, drop: true });
		expect((await consume([event(1)])).fates).toEqual([{ acked: false, retry: 1 }]);
		const { fates, dead } = await consume([event(1)], { KLAVIYO_PRIVATE_KEY: 'pk_wrong_key_000000' });
		expect(fates).toEqual([{ acked: false, retry: 1 }]);
		expect(dead).toEqual([]);
	});

	it('dead-letters the event Klaviyo refuses, with its reason, and lands the rest of the job', async () => {
		const { fates, dead } = await consume([event(1), event(2, 'not-an-email'), event(3)]);
		expect(fates.every((f) => f.acked)).toBe(true);
		expect(dead).toHaveLength(1);
		expect(dead[0]).toMatchObject({ kind: 'dead-letter', status: 400, item: event(2, 'not-an-email') });
		expect(dead[0]!.reason).toMatch(/email/i);
		expect(posts().map((r) => r.status)).toEqual([400, 202]);
		expect(emu.store.events.map((e) => e.properties.n).sort()).toEqual([1, 3]);
	});

	it('halves a job whose 4xx names no item until the parts land', async () => {
		emu.faults.add({ path: BULK, status: 400, body: { errors: [{ status: '400', detail: 'Bad batch' }] } });
		const { fates, dead } = await consume([event(1), event(2), event(3), event(4)]);
		expect(fates.every((f) => f.acked)).toBe(true);
		expect(dead).toEqual([]);
		expect(posts().map((r) => r.status)).toEqual([400, 202, 202]);
		expect(emu.store.events).toHaveLength(4);
	});

	it('sends an event delivered twice in one batch once (Klaviyo would refuse the job) and acks both', async () => {
		const { fates } = await consume([event(1), event(1), event(2)]);
		expect(fates.every((f) => f.acked)).toBe(true);
		expect(posts()).toHaveLength(1);
		expect(emu.store.events).toHaveLength(2);
		expect(emu.invalidRequests()).toEqual([]);
	});

	it('dead-letters a message that is not one of ours instead of acking it into nothing', async () => {
		const { fates, dead } = await consume([{ hello: 'world' }, event(1)]);
		expect(fates.every((f) => f.acked)).toBe(true);
		expect(dead).toEqual([expect.objectContaining({ item: { hello: 'world' }, status: 0 })]);
		expect(emu.store.events).toHaveLength(1);
	});

	it('dead-letters bodies that only look like ours (stored data is not trusted) and lands the rest', async () => {
		const broken = [
			{ kind: 'event' },
			{ kind: 'event', attributes: {} },
			{ kind: 'event', attributes: { profile: null, metric: { data: { attributes: { name: 'X' } } } } },
			{ kind: 'parcel', items: 'not a list' },
			{ kind: 'parcel', items: [null, { kind: 'event', attributes: { profile: { data: 5 } } }] },
		];
		const { fates, dead } = await consume([...broken, event(1)]);
		expect(fates.every((f) => f.acked)).toBe(true);
		expect(dead.map((letter) => letter.item)).toEqual(broken);
		expect(dead.every((letter) => letter.status === 0)).toBe(true);
		expect(emu.store.events).toHaveLength(1);
	});

	it("reads the wait from the words of Klaviyo's 429 when it sent no Retry-After, as every sender does", async () => {
		const detail = 'Request was throttled. Expected available in 7 seconds.';
		emu.faults.add({
			path: BULK,
			status: 429,
			body: { errors: [{ status: 429, code: 'throttled', detail }] },
		});
		expect((await consume([event(1)])).fates).toEqual([{ acked: false, retry: 7 }]);
	});

	it("caps a Retry-After from Klaviyo's answer at the 12 hours Queues accepts", async () => {
		emu.faults.add({ path: BULK, status: 429, retryAfter: 999_999 });
		expect((await consume([event(1)])).fates).toEqual([{ acked: false, retry: 43_200 }]);
	});

	it('imports identified profiles in a profile bulk import job', async () => {
		const profile = (email: string): QueuedItem => ({
			kind: 'profile',
			attributes: { email, first_name: 'Queued', location: { ip: '198.51.100.7' } },
		});
		const { fates } = await consume([profile('a@example.com'), profile('b@example.com'), event(1)]);
		expect(fates.every((f) => f.acked)).toBe(true);
		const imports = emu.requests.filter((r) => r.path === '/api/profile-bulk-import-jobs');
		expect(imports.map((r) => r.status)).toEqual([202]);
		expect(JSON.stringify(imports[0]!.body)).toContain('b@example.com');
		expect(emu.invalidRequests()).toEqual([]);
	});
});

describe('producer', () => {
	it('refuses a message over the queue size limit before anything is queued', async () => {
		const { queue, sent } = producer();
		const big = event(1);
		(big.attributes as { properties: Record<string, unknown> }).properties.blob = 'x'.repeat(
			MAX_MESSAGE_BYTES,
		);
		const error = await enqueue(queue, big).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(KlaviyoValidationError);
		expect(error).toMatchObject({ field: 'event' });
		expect(sent).toEqual([]);
	});

	it('enqueueEvent validates and translates like events.create, with a unique_id', async () => {
		const { queue, sent } = producer();
		const { unique_id } = await enqueueEvent(queue, {
			event: 'Started Checkout',
			email: 'edge@example.com',
			properties: { $value: 42 },
		});
		expect(sent).toEqual([
			{
				kind: 'event',
				attributes: expect.objectContaining({ value: 42, unique_id, metric: expect.anything() }),
			},
		]);
		await expect(enqueueEvent(queue, { event: '', email: 'edge@example.com' })).rejects.toBeInstanceOf(
			KlaviyoValidationError,
		);
		expect(sent).toHaveLength(1);
	});
});

describe('emulator bulk-job rate limits', () => {
	const job = (emulator: Emulator, n: number) =>
		emulator.fetch(`http://klaviyo.test${BULK}`, {
			method: 'POST',
			headers: {
				authorization: `Klaviyo-API-Key ${emulator.privateKey}`,
				revision: '2026-07-15',
				'content-type': 'application/vnd.api+json',
			},
			body: JSON.stringify({
				data: {
					type: 'event-bulk-create-job',
					attributes: {
						'events-bulk-create': {
							data: [
								{
									type: 'event-bulk-create',
									attributes: {
										profile: { data: { type: 'profile', attributes: { email: `r${n}@example.com` } } },
										events: {
											data: [
												{
													type: 'event',
													attributes: {
														properties: {},
														metric: { data: { type: 'metric', attributes: { name: 'X' } } },
													},
												},
											],
										},
									},
								},
							],
						},
					},
				},
			}),
		});

	it('a consumer paces its jobs inside them: 12 batches in a row, no 429', async () => {
		const limited = createEmulator({ rateLimits: true });
		// When each job leaves the consumer: what its pacing decides, whatever the server's speed.
		const sentAt: number[] = [];
		const consumer = klaviyoQueue({
			fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
				sentAt.push(performance.now());
				return limited.fetch(input, init);
			}) as typeof fetch,
		});
		const env = { KLAVIYO_PRIVATE_KEY: limited.privateKey, KLAVIYO_BASE_URL: 'http://klaviyo.test' };
		const fates = [];
		for (let n = 0; n < 12; n++) {
			const one = message(event(n));
			await consumer.queue({ queue: 'klaviyo-bulk', messages: [one] }, env);
			fates.push(one.fate);
		}
		expect(fates.every((f) => f.acked)).toBe(true);
		expect(limited.requests.map((r) => r.status)).toEqual(Array(12).fill(202));
		// The 10th job waited for the next second instead of meeting a 429.
		expect(sentAt[9]! - sentAt[0]!).toBeGreaterThanOrEqual(900);
	});

	it('answers 429 with Retry-After past 10 jobs in a second when on, and never when off', async () => {
		const limited = createEmulator({ rateLimits: true });
		const statuses = [];
		for (let n = 0; n < 11; n++) statuses.push((await job(limited, n)).status);
		expect(statuses.slice(0, 10)).toEqual(Array(10).fill(202));
		const refused = await job(limited, 11);
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		expect(statuses[10]).toBe(429);

		const free = createEmulator();
		for (let n = 0; n < 12; n++) expect((await job(free, n)).status).toBe(202);
		// Switched on, it counts from then on.
		free.rateLimits.enabled = true;
		const after = [];
		for (let n = 12; n < 23; n++) after.push((await job(free, n)).status);
		expect(after).toEqual([...Array(10).fill(202), 429]);
	});
});

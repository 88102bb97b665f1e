// Relay → Cloudflare Queues → consumer → bulk jobs, in workerd (miniflare, local queues), against
// the emulator with injected faults and Klaviyo's bulk-job rate limits enforced.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BatchReport, DeadLetter } from '../../adapters/cloudflare.js';

const EVENTS = 5_000;
const INVALID = 10;
const BULK = '/api/event-bulk-create-jobs';

let emu: EmulatorServer;
let mf: Miniflare;
let dir: string;

beforeAll(async () => {
	emu = await startEmulator({ rateLimits: true });
	dir = mkdtempSync(join(tmpdir(), 'queue-test-'));
	const scriptPath = join(dir, 'worker.js');
	await build({
		entryPoints: [new URL('./cloudflare.relay-queue-worker.ts', import.meta.url).pathname],
		bundle: true,
		format: 'esm',
		platform: 'neutral',
		target: 'es2022',
		outfile: scriptPath,
		logLevel: 'error',
	});
	const consumer = { maxRetries: 10, deadLetterQueue: 'klaviyo-dlq' };
	mf = new Miniflare({
		modules: true,
		script: readFileSync(scriptPath, 'utf8'),
		compatibilityDate: '2026-04-01',
		bindings: {
			KLAVIYO_PUBLIC_KEY: emu.publicKey,
			KLAVIYO_PRIVATE_KEY: emu.privateKey,
			KLAVIYO_BASE_URL: emu.url,
			// Shorter than the delay fault below.
			JOB_TIMEOUT_MS: '1500',
		},
		queueProducers: {
			KLAVIYO_QUEUE: { queueName: 'klaviyo-events' },
			KLAVIYO_BULK_QUEUE: { queueName: 'klaviyo-bulk' },
			KLAVIYO_DLQ: { queueName: 'klaviyo-dlq' },
		},
		queueConsumers: {
			'klaviyo-events': { maxBatchSize: 100, maxBatchTimeout: 3, ...consumer },
			'klaviyo-bulk': { maxBatchSize: 10, maxBatchTimeout: 5, ...consumer },
			'klaviyo-dlq': { maxBatchSize: 100, maxBatchTimeout: 1 },
		},
	});
	await mf.ready;
}, 60_000);

afterAll(async () => {
	await mf?.dispose();
	await emu?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

const shop = async (from: number, to: number, invalid = false) => {
	const response = await mf.dispatchFetch('https://shop.example/__test/shop', {
		method: 'POST',
		body: JSON.stringify({ from, to, invalid }),
	});
	return (await response.json()) as Record<string, number>;
};

it('5,000 relayed events reach Klaviyo once each, in 5 bulk jobs, through faults and rate limits', async () => {
	// ≥ 30 % of the bulk attempts fail: a 429 with Retry-After, a 503, a 524, a dropped connection,
	// and one too slow for the consumer's timeout.
	emu.faults.add({ path: BULK, status: 429, retryAfter: 1, nth: [1] });
	emu.faults.add({ path: BULK, status: 503, nth: [2] });
	emu.faults.add({ path: BULK, status: 524, nth: [4] });
	emu.faults.add({ path: BULK, drop: true, nth: [5] });
	emu.faults.add({ path: BULK, delayMs: 2_500, nth: [7] });
	const started = Date.now();

	const valid = await shop(0, EVENTS);
	expect(valid).toEqual({ 202: EVENTS });
	const enqueued = Date.now() - started;
	await until(() => emu.store.events.length >= EVENTS, 45_000);
	const landedIn = Date.now() - started;
	const firstJobs = emu.requests.filter((r) => r.path === BULK && r.status === 202).length;

	// Then 10 events Klaviyo refuses (a city that is not a string), in the same batch as 90 pages
	// sending an event again (same $event_id): the 10 go to the DLQ with Klaviyo's reason, the 90
	// are resent without them and, already there, counted once.
	const [again, invalid] = await Promise.all([shop(0, 90), shop(EVENTS, EVENTS + INVALID, true)]);
	expect([again, invalid]).toEqual([{ 202: 90 }, { 202: INVALID }]);
	await until(async () => (await deadLetters()).length >= INVALID, 30_000);
	await until(async () => (await landed()) >= EVENTS + 90, 30_000);
	// Anything still in flight (a duplicate, a late retry) would show now.
	await new Promise((resolve) => setTimeout(resolve, 1_000));
	const elapsed = Date.now() - started;

	const events = emu.store.events;
	const ids = new Set(events.map((event) => event.properties.n));
	expect(events).toHaveLength(EVENTS);
	expect(ids.size).toBe(EVENTS);
	expect([...ids].every((n) => typeof n === 'number' && n >= 0 && n < EVENTS)).toBe(true);

	const attempts = emu.requests.filter((r) => r.path === BULK);
	const faulted = attempts.filter((r) => r.faulted);
	const accepted = attempts.filter((r) => r.status === 202);
	const throttled = attempts.filter((r) => r.status === 429 && !r.faulted);
	expect(emu.invalidRequests().filter((r) => r.status !== 400)).toEqual([]);
	expect(faulted.length / attempts.length).toBeGreaterThanOrEqual(0.3);
	// The emulator enforced Klaviyo's 10/s and 150/min on the bulk endpoint: the consumer stayed inside.
	expect(throttled).toEqual([]);
	// The 5,000 went in at most 5 accepted jobs; the resent 90 in one more.
	expect(firstJobs).toBeLessThanOrEqual(5);
	expect(accepted.length).toBeLessThanOrEqual(firstJobs + 1);
	// The shopper's IP travelled with the event.
	expect(JSON.stringify(accepted[0]?.body)).toMatch(/"ip":"203\.0\.113\.\d+"/);

	const dead = await deadLetters();
	expect(attempts.filter((r) => r.status === 400).length).toBeGreaterThanOrEqual(1);
	expect(dead).toHaveLength(INVALID);
	for (const letter of dead) {
		expect(letter).toMatchObject({ kind: 'dead-letter', status: 400, item: { kind: 'event' } });
		expect(letter.reason).toMatch(/city/i);
	}

	const reports = await reportsOf();
	console.log(
		`queues: ${EVENTS} events enqueued in ${enqueued} ms, landed in ${landedIn} ms (${firstJobs} jobs); ` +
			`+${INVALID} invalid and 90 resent, all settled at ${elapsed} ms; ` +
			`${attempts.length} bulk attempts (${faulted.length} faulted = ${Math.round((faulted.length / attempts.length) * 100)} %, ` +
			`${throttled.length} over the rate limit, ${attempts.filter((r) => r.status === 400).length} refused), ` +
			`${accepted.length} accepted; ${reports.reduce((n, r) => n + r.retried, 0)} message retries; ${dead.length} dead-lettered`,
	);
}, 60_000);

it('an event too large for a queue message is refused by the relay with 400, and nothing is queued', async () => {
	// ~128,500 characters of properties: inside the relay's 131,072-character `data`, over a message.
	const properties = Object.fromEntries(Array.from({ length: 12 }, (_, k) => [`p${k}`, 'x'.repeat(10_700)]));
	const data = {
		token: emu.publicKey,
		event: 'Huge',
		customer_properties: { $email: 'big@example.com' },
		properties,
	};
	const response = await mf.dispatchFetch('https://shop.example/k/track', {
		method: 'POST',
		headers: { 'content-type': 'text/plain' },
		body: JSON.stringify(data),
	});
	expect(response.status).toBe(400);
	expect(await response.text()).toMatch(/fit a queue message/);
	// Had it been queued, it would have landed by the end of the next test, which checks.
});

it('an event sent again (same $event_id) is counted once, whether it meets its twin in a batch or in Klaviyo', async () => {
	emu.reset();
	emu.faults.add({ path: BULK, status: 503, nth: [1] });
	const before = await landed();
	// The second copies travel in later messages (Klaviyo dedupes across jobs); copies sent at once
	// share a batch (the consumer sends one, or Klaviyo would refuse the job).
	const first = await shop(0, 300);
	const again = await Promise.all([shop(0, 100), shop(0, 100)]);
	expect([first, ...again]).toEqual([{ 202: 300 }, { 202: 100 }, { 202: 100 }]);
	// Every copy is accounted for once the consumer reports 500 items landed (a copy rides on its twin).
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline && (await landed()) - before < 500) {
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	expect((await landed()) - before).toBe(500);
	expect(emu.store.events).toHaveLength(300);
	expect(new Set(emu.store.events.map((event) => event.properties.n)).size).toBe(300);
	expect(emu.store.events.filter((event) => 'p0' in event.properties)).toEqual([]);
	expect(emu.invalidRequests()).toEqual([]);
}, 45_000);

it('a relayed bulk of 50 events is 50 queue messages, landed once each with the shopper and its IP', async () => {
	emu.reset();
	const before = await reportsOf();
	const payloads = Array.from({ length: 50 }, (_, n) => ({
		token: emu.publicKey,
		event: 'Replayed',
		customer_properties: { $email: 'bulk-queue@example.com' },
		properties: { n, $event_id: `bulk-queue-${n}` },
	}));
	const response = await mf.dispatchFetch('https://shop.example/k/track-bulk', {
		method: 'POST',
		headers: { 'content-type': 'text/plain;charset=UTF-8', 'cf-connecting-ip': '203.0.113.77' },
		body: JSON.stringify(payloads),
	});
	expect([response.status, await response.text()]).toEqual([202, '1']);
	await until(() => emu.store.events.length >= 50, 30_000);
	const reports = (await reportsOf()).slice(before.length) as Array<BatchReport>;
	// Each event its own message on the events queue, as a single track is.
	expect(
		reports.filter((report) => report.queue === 'klaviyo-events').reduce((n, r) => n + r.messages, 0),
	).toBe(50);
	expect(emu.store.events.map((event) => event.unique_id).sort()).toEqual(
		payloads.map((each) => each.properties.$event_id).sort(),
	);
	const jobs = emu.requests.filter((r) => r.path === BULK && r.status === 202);
	expect(JSON.stringify(jobs[0]?.body)).toContain('"ip":"203.0.113.77"');
	expect(emu.requests.filter((r) => r.path.startsWith('/client/'))).toEqual([]);
	expect(emu.invalidRequests()).toEqual([]);
}, 45_000);

async function reportsOf(): Promise<Array<{ landed: number; retried: number }>> {
	return (await mf.dispatchFetch('https://shop.example/__test/reports')).json() as Promise<
		Array<{ landed: number; retried: number }>
	>;
}

async function landed(): Promise<number> {
	return (await reportsOf()).reduce((n, report) => n + report.landed, 0);
}

async function deadLetters(): Promise<DeadLetter[]> {
	return (await mf.dispatchFetch('https://shop.example/__test/dead-letters')).json() as Promise<DeadLetter[]>;
}

async function until(done: () => boolean | Promise<boolean>, ms: number): Promise<void> {
	const deadline = Date.now() + ms;
	while (!(await done())) {
		if (Date.now() > deadline) return;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

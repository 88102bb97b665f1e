/**
 * Abuse limits: a flooding client is told to slow down (429 + Retry-After) and others are not;
 * the site as a whole never forwards more than Klaviyo's published `/client/*` rates.
 */

import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createRelay, KLAVIYO_CLIENT_LIMITS, memoryLimiter } from '../../../adapters/relay.js';
import { toBase64Json } from '../../../src/protocol/wire.js';
import { clientPosts, storedEvents } from '../../public/helpers.js';

let emu: EmulatorServer;
beforeAll(async () => {
	emu = await startEmulator();
});
afterAll(() => emu.close());
afterEach(() => emu.reset());

const event = (n: number, email: string) =>
	toBase64Json({
		token: emu.publicKey,
		event: 'Flood',
		properties: { n, $event_id: `${email}-${n}` },
		customer_properties: { $email: email },
	});
const from = (ip: string, n: number, email = `${ip}@example.com`) =>
	new Request(`https://shop.example/k/track?data=${encodeURIComponent(event(n, email))}`, {
		headers: { 'x-real-ip': ip },
	});

it('2 000 events from one client: 429 with Retry-After once over its limit; a second client is unaffected', async () => {
	const relay = createRelay({ publicKey: emu.publicKey, baseUrl: emu.url, clientIp: 'x-real-ip' });
	const statuses: number[] = [];
	const retryAfters = new Set<string | null>();
	const started = Date.now();
	const sentAt: number[] = [];
	for (let n = 0; n < 2_000; n++) {
		sentAt.push(Date.now());
		const answer = await relay(from('203.0.113.7', n));
		statuses.push(answer.status);
		if (answer.status === 429) {
			retryAfters.add(answer.headers.get('retry-after'));
			expect((await answer.json()).errors[0].status).toBe('429');
		}
	}
	const seconds = (Date.now() - started) / 1000;
	const accepted = statuses.filter((status) => status === 202).length;
	const limited = statuses.filter((status) => status === 429).length;
	console.log(`flood: ${accepted} accepted, ${limited} refused with 429 in ${seconds.toFixed(1)} s`);
	// Defaults: a tenth of Klaviyo's /client/events limits (350/s, 3500/m) per client.
	expect(statuses.slice(0, 35)).toEqual(Array(35).fill(202));
	expect(statuses).toContain(429);
	// Never more than 35 accepted within one second (read just before each call: ±1 at a boundary).
	const perSecond = new Map<number, number>();
	statuses.forEach((status, n) => {
		const second = Math.floor(sentAt[n]! / 1000);
		if (status === 202) perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
	});
	expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(36);
	expect(accepted + limited).toBe(2_000);
	expect(accepted).toBeLessThanOrEqual(Math.ceil(seconds + 1) * 35);
	// And never more than 350 within one minute window (a slow run may span two).
	const minutes = new Set(sentAt.map((t) => Math.floor(t / 60_000))).size;
	expect(accepted).toBeLessThanOrEqual(350 * minutes);
	for (const value of retryAfters) expect(Number(value)).toBeGreaterThanOrEqual(1);
	// What was accepted landed, and nothing else.
	expect(storedEvents(emu, 'Flood')).toHaveLength(accepted);

	const other = await relay(from('198.51.100.20', 0));
	expect(other.status).toBe(202);
	expect(storedEvents(emu, 'Flood')).toHaveLength(accepted + 1);
}, 120_000);

it('the site never forwards more than its per-site rate, whatever the client', async () => {
	const relay = createRelay({
		publicKey: emu.publicKey,
		baseUrl: emu.url,
		clientIp: 'x-real-ip',
		limits: { perSite: { '/client/events': { burst: 5, steady: 100 } } },
	});
	const statuses: number[] = [];
	for (let n = 0; n < 8; n++) statuses.push((await relay(from(`192.0.2.${n + 1}`, n))).status);
	// Within one second, or just across a second boundary.
	expect(statuses.filter((status) => status === 202).length).toBeGreaterThanOrEqual(5);
	expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
	expect(clientPosts(emu).length).toBe(statuses.filter((status) => status === 202).length);
	expect(KLAVIYO_CLIENT_LIMITS['/client/events']).toEqual({ burst: 350, steady: 3500 });
});

it('without a trusted IP source there is no per-client count, only the per-site one', async () => {
	const relay = createRelay({
		publicKey: emu.publicKey,
		baseUrl: emu.url,
		limits: { perClient: { '/client/events': { burst: 1, steady: 1 } } },
	});
	for (let n = 0; n < 3; n++) expect((await relay(from('203.0.113.9', n))).status).toBe(202);
});

it('the in-memory limiter: second and minute windows, Retry-After to the window end, bounded keys', () => {
	let now = 60_000 * 16_666_667; // the start of a minute
	const limiter = memoryLimiter({ maxKeys: 3, now: () => now });
	const rate = { burst: 2, steady: 3 };
	expect(limiter.take('a', rate)).toEqual({ ok: true });
	expect(limiter.take('a', rate)).toEqual({ ok: true });
	expect(limiter.take('a', rate)).toEqual({ ok: false, retryAfter: 1 });
	now += 1_000;
	expect(limiter.take('a', rate)).toEqual({ ok: true });
	expect(limiter.take('a', rate)).toEqual({ ok: false, retryAfter: 59 });
	// Three other keys push `a` out: memory stays bounded, and `a` starts afresh.
	for (const key of ['b', 'c', 'd']) expect(limiter.take(key, rate)).toEqual({ ok: true });
	expect(limiter.take('a', rate)).toEqual({ ok: true });
	// 100 000 distinct keys (a spray of spoofed IPs) keep working, in bounded memory.
	for (let n = 0; n < 100_000; n++) limiter.take(`k${n}`, rate);
	expect(limiter.take('k99999', rate)).toEqual({ ok: true });
});

it('the in-memory limiter counts a bulk of N as N: let in while there is room, what is over carried', () => {
	let now = 60_000 * 16_666_667; // the start of a minute
	const limiter = memoryLimiter({ now: () => now });
	const rate = { burst: 2, steady: 3 };
	// Five at once on empty windows: in, and counted whole.
	expect(limiter.take('a', rate, 5)).toEqual({ ok: true });
	expect(limiter.take('a', rate)).toEqual({ ok: false, retryAfter: 60 });
	// A minute on, two of the five are still owed: one more fits the minute, then it is full again.
	now += 60_000;
	expect(limiter.take('a', rate)).toEqual({ ok: true });
	expect(limiter.take('a', rate)).toEqual({ ok: false, retryAfter: 60 });
	// Ten over a steady 3 are paid off only after three more minutes.
	now += 60_000;
	expect(limiter.take('b', rate, 10)).toEqual({ ok: true });
	expect(limiter.take('b', rate)).toEqual({ ok: false, retryAfter: 180 });
	now += 180_000;
	expect(limiter.take('b', rate)).toEqual({ ok: true });
	// Per second as well: 4 against a burst of 2 leave the next second full too.
	const fast = { burst: 2, steady: 100 };
	expect(limiter.take('c', fast, 4)).toEqual({ ok: true });
	now += 1_000;
	expect(limiter.take('c', fast)).toEqual({ ok: false, retryAfter: 1 });
	now += 1_000;
	expect(limiter.take('c', fast)).toEqual({ ok: true });
});

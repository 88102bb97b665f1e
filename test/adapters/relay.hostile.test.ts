/**
 * The relay faces the open internet: every hostile request in this table gets the expected 4xx
 * with a JSON:API error document, never a 5xx, never a throw or an unhandled rejection, and none
 * of them reaches Klaviyo.
 */

import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createRelay, MAX_URL_CHARS, type RelayHandler } from '../../adapters/relay.js';
import { toBase64Json } from '../../src/protocol/wire.js';

let emu: EmulatorServer;
let relay: RelayHandler;
let guarded: RelayHandler;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(async () => {
	emu = await startEmulator();
	relay = createRelay({ publicKey: emu.publicKey, baseUrl: emu.url, maxRetries: 0, bodyTimeout: 300 });
	guarded = createRelay({
		publicKey: emu.publicKey,
		baseUrl: emu.url,
		maxRetries: 0,
		allowedOrigins: ['https://shop.example'],
	});
	process.on('unhandledRejection', onUnhandled);
});
afterAll(async () => {
	process.off('unhandledRejection', onUnhandled);
	await emu.close();
});
afterEach(() => emu.reset());

const SHOP = 'https://relay.shop.example';
const track = () => ({
	token: emu.publicKey,
	event: 'Viewed Product',
	properties: { sku: 'A1' },
	customer_properties: { $email: 'h@example.com' },
});
const b64 = (value: unknown) => encodeURIComponent(toBase64Json(value));
const textB64 = (text: string) =>
	encodeURIComponent(btoa(String.fromCharCode(...new TextEncoder().encode(text))));
const rawB64 = (bytes: number[]) => encodeURIComponent(btoa(String.fromCharCode(...bytes)));
const get = (data: unknown, path = 'track') => new Request(`${SHOP}/k/${path}?data=${b64(data)}`);
const post = (body: BodyInit, headers: Record<string, string> = {}, path = 'track') =>
	new Request(`${SHOP}/k/${path}`, { method: 'POST', body, headers });
const form = (data: string) => new URLSearchParams({ data }).toString();
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const withTrack = (patch: Record<string, unknown>) => ({ ...track(), ...patch });
const endless = (bytes: number) => {
	let sent = 0;
	return new ReadableStream<Uint8Array>({
		pull(controller) {
			if (sent >= bytes) return controller.close();
			sent += 16_384;
			controller.enqueue(new Uint8Array(16_384).fill(0x41));
		},
	});
};
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

type Case = [name: string, request: () => Request, status: number, via?: 'guarded'];
const cases: Case[] = [
	// sizes
	['declared Content-Length of 1 GB', () => post('x', { 'content-length': String(2 ** 30) }), 413],
	[
		'5 MB chunked body without Content-Length',
		() =>
			new Request(`${SHOP}/k/track`, {
				method: 'POST',
				body: endless(5 * 2 ** 20),
				duplex: 'half',
			} as RequestInit),
		413,
	],
	['form data of 200 000 characters', () => post(form(`{"x":"${'a'.repeat(200_000)}"}`), FORM), 400],
	['URL over the cap', () => new Request(`${SHOP}/k/track?data=${'A'.repeat(MAX_URL_CHARS)}`), 414],
	[
		'a body that starts and then stops arriving (slow sender)',
		() =>
			new Request(`${SHOP}/k/track`, {
				method: 'POST',
				body: new ReadableStream({
					start: (controller) => controller.enqueue(new TextEncoder().encode('data=')),
				}),
				duplex: 'half',
			} as RequestInit),
		408,
	],
	['GET without data', () => new Request(`${SHOP}/k/track`), 400],
	['POST with an empty body', () => post(''), 400],
	['form without a data field', () => post('other=1', FORM), 400],
	// depths
	[
		'JSON 5 000 levels deep in a GET',
		() =>
			new Request(
				`${SHOP}/k/track?data=${textB64(`{"event":"x","customer_properties":{"$email":"h@example.com"},"properties":${nested(5_000)}}`)}`,
			),
		400,
	],
	[
		'JSON 33 levels deep',
		() => post(form(JSON.stringify(withTrack({ properties: { d: JSON.parse(nested(32)) } })))),
		400,
	],
	['unbalanced brackets', () => post(`{"event":"x","properties":${'['.repeat(50)}`), 400],
	// encodings
	['data that is neither JSON nor base64', () => new Request(`${SHOP}/k/track?data=%25%25%25`), 400],
	[
		'base64 of bytes that are not UTF-8',
		() => new Request(`${SHOP}/k/track?data=${rawB64([0x7b, 0xff, 0xfe, 0x7d])}`),
		400,
	],
	['base64 of text that is not JSON', () => new Request(`${SHOP}/k/track?data=${b64('hello')}`), 400],
	['data that is a JSON array', () => get([track()]), 400],
	['data that is a JSON string', () => get('track me'), 400],
	['data that is null', () => post(form('null'), FORM), 400],
	[
		'a body of invalid UTF-8',
		() => post(new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]), { 'content-type': 'text/plain' }),
		400,
	],
	['data given twice', () => new Request(`${SHOP}/k/track?data=${b64(track())}&data=${b64(track())}`), 400],
	['a gzip-encoded body', () => post('x', { 'content-encoding': 'gzip' }), 415],
	[
		'a multipart body',
		() => post('--b\r\n\r\nx\r\n--b--', { 'content-type': 'multipart/form-data; boundary=b' }),
		415,
	],
	['an XML body', () => post('<data/>', { 'content-type': 'application/xml' }), 415],
	['a broken percent-encoding in the form', () => post('data=%7B%22ev%E0%A4%A', FORM), 400],
	['a NUL byte in the JSON', () => post(`{"event":"a\u0000","properties":{}}`), 400],
	// methods
	['PUT', () => new Request(`${SHOP}/k/track`, { method: 'PUT', body: 'x' }), 405],
	['DELETE', () => new Request(`${SHOP}/k/track`, { method: 'DELETE' }), 405],
	['PATCH', () => new Request(`${SHOP}/k/track`, { method: 'PATCH', body: 'x' }), 405],
	['HEAD', () => new Request(`${SHOP}/k/track`, { method: 'HEAD' }), 405],
	['PROPFIND', () => new Request(`${SHOP}/k/track`, { method: 'PROPFIND' }), 405],
	// paths
	['an unknown path', () => get(track(), 'people'), 404],
	['the bare prefix', () => new Request(`${SHOP}/k/`), 404],
	['a path below a route', () => new Request(`${SHOP}/k/track/more?data=${b64(track())}`), 404],
	['__proto__ as a route', () => get(track(), '__proto__'), 404],
	['constructor as a route', () => get(track(), 'constructor'), 404],
	['a route in capitals', () => get(track(), 'TRACK'), 404],
	['an encoded slash in the route', () => get(track(), 'x%2Ftrack'), 404],
	// origins (relay with allowedOrigins)
	[
		'another site’s Origin',
		() => new Request(get(track()), { headers: { origin: 'https://evil.example' } }),
		403,
		'guarded',
	],
	[
		'Origin: null (a sandboxed frame)',
		() => new Request(get(track()), { headers: { origin: 'null' } }),
		403,
		'guarded',
	],
	['no Origin, no Referer, no Sec-Fetch-Site', () => get(track()), 403, 'guarded'],
	[
		'a cross-site beacon without a Referer',
		() => new Request(get(track()), { headers: { 'sec-fetch-site': 'cross-site' } }),
		403,
		'guarded',
	],
	[
		'another site’s Referer',
		() => new Request(get(track()), { headers: { referer: 'https://evil.example/page' } }),
		403,
		'guarded',
	],
	[
		'a look-alike Referer',
		() => new Request(get(track()), { headers: { referer: 'https://shop.example.evil.example/' } }),
		403,
		'guarded',
	],
	[
		'a malformed Referer',
		() => new Request(get(track()), { headers: { referer: 'not a url' } }),
		403,
		'guarded',
	],
	[
		'same-site claim with another site’s Referer',
		() =>
			new Request(get(track()), {
				headers: { 'sec-fetch-site': 'same-site', referer: 'https://evil.example/' },
			}),
		403,
		'guarded',
	],
	[
		'a preflight from another site',
		() => new Request(`${SHOP}/k/track`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } }),
		403,
		'guarded',
	],
	// tokens
	['a private key as token', () => get(withTrack({ token: 'pk_live_0123456789abcdef' })), 400],
	['a private key with spaces around it', () => get(withTrack({ token: '  pk_test_abc ' })), 400],
	['another site’s public key', () => get(withTrack({ token: 'XyZ123' })), 400],
	['a number as token', () => get(withTrack({ token: 123 })), 400],
	['an object as token', () => get(withTrack({ token: { $ne: null } })), 400],
	// types
	['event as a number', () => get(withTrack({ event: 42 })), 400],
	['properties as a string', () => get(withTrack({ properties: 'x' })), 400],
	['customer_properties as an array', () => get(withTrack({ customer_properties: ['h@example.com'] })), 400],
	['time as a word', () => get(withTrack({ time: 'yesterday' })), 400],
	['time in 1970', () => get(withTrack({ time: 1 })), 400],
	['time ten years ahead', () => get(withTrack({ time: Date.now() / 1000 + 10 * 365 * 86_400 })), 400],
	['ip as a number', () => get(withTrack({ ip: 127001 })), 400],
	['$value that is not a number', () => get(withTrack({ properties: { $value: 'lots' } })), 400],
	['no identifier at all', () => get(withTrack({ customer_properties: { plan: 'gold' } })), 400],
	['identify without an identifier', () => get({ properties: { $first_name: 'Nobody' } }, 'identify'), 400],
	[
		'subscribe with a numeric list_id',
		() => get({ list_id: 7, properties: { $email: 's@example.com' } }, 'subscribe'),
		400,
	],
	[
		'subscribe with a numeric custom_source',
		() => get({ list_id: 'Y6nRLr', custom_source: 1, properties: { $email: 's@example.com' } }, 'subscribe'),
		400,
	],
	// bulks (/track-bulk)
	['a bulk that is one payload, not an array', () => post(JSON.stringify(track()), {}, 'track-bulk'), 400],
	['a bulk that is a JSON string', () => get('[]', 'track-bulk'), 400],
	['an empty bulk', () => post('[]', {}, 'track-bulk'), 400],
	[
		'a bulk of 1,001 events',
		() =>
			post(
				JSON.stringify(
					Array.from({ length: 1_001 }, (_, n) => withTrack({ properties: { $event_id: `${n}` } })),
				),
				{},
				'track-bulk',
			),
		400,
	],
	[
		'a bulk of two shoppers',
		() =>
			post(
				JSON.stringify([track(), withTrack({ customer_properties: { $email: 'other@example.com' } })]),
				{},
				'track-bulk',
			),
		400,
	],
	[
		'a bulk with one huge item',
		() =>
			post(
				JSON.stringify([track(), withTrack({ properties: { x: 'a'.repeat(140_000) } })]),
				{},
				'track-bulk',
			),
		400,
	],
	['a bulk of numbers', () => post('[1,2,3]', {}, 'track-bulk'), 400],
	['a bulk inside a bulk', () => post(JSON.stringify([[track(), track()]]), {}, 'track-bulk'), 400],
	['a bulk of nulls', () => post('[null,null]', FORM, 'track-bulk'), 400],
	[
		'a bulk item with __proto__',
		() =>
			post(
				`[{"__proto__":{"event":"x"},"customer_properties":{"$email":"h@example.com"}}]`,
				{},
				'track-bulk',
			),
		400,
	],
	[
		'a bulk with a private key in its last item',
		() =>
			post(
				JSON.stringify([track(), withTrack({ token: 'pk_live_0123456789abcdef', event: 'B' })]),
				{},
				'track-bulk',
			),
		400,
	],
	[
		'a bulk that repeats one event',
		() =>
			post(
				JSON.stringify([
					withTrack({ properties: { $event_id: 'same' } }),
					withTrack({ properties: { $event_id: 'same' } }),
				]),
				{},
				'track-bulk',
			),
		400,
	],
	[
		'a bulk 40 levels deep',
		() => post(JSON.stringify([withTrack({ properties: { d: JSON.parse(nested(40)) } })]), {}, 'track-bulk'),
		400,
	],
	['a bulk path below a route', () => post(JSON.stringify([track()]), {}, 'track-bulk/more'), 404],
];

it(`answers each of ${cases.length} hostile requests with its 4xx and a JSON:API error, sending nothing`, async () => {
	expect(cases.length).toBeGreaterThanOrEqual(40);
	const seen: string[] = [];
	for (const [name, build, status, via] of cases) {
		const request = build();
		const answer = await (via === 'guarded' ? guarded : relay)(request);
		seen.push(`${name}: ${answer.status}`);
		expect(answer.status, name).toBeLessThan(500);
		expect(`${name}: ${answer.status}`).toBe(`${name}: ${status}`);
		expect(answer.headers.get('content-type'), name).toBe('application/vnd.api+json');
		if (status === 429) expect(answer.headers.get('retry-after'), name).toMatch(/^\d+$/);
		const body = (await answer.json()) as {
			errors: Array<{ status: string; title: string; detail: string }>;
		};
		expect(body.errors[0], name).toMatchObject({ status: String(status), title: expect.any(String) });
		expect(body.errors[0]!.detail, name).not.toMatch(/pk_(live|test)|0123456789abcdef/);
	}
	await new Promise((resolve) => setTimeout(resolve, 50));
	expect(unhandled).toEqual([]);
	expect(emu.requests).toEqual([]);
});

it('a listed site reads every refusal of its input: CORS headers on 400, 413 and 415 alike', async () => {
	const from = { origin: 'https://shop.example' };
	const answers = [
		await guarded(new Request(get(withTrack({ event: 42 })), { headers: from })),
		await guarded(post('x', { ...from, 'content-length': String(2 ** 30) })),
		await guarded(post('<data/>', { ...from, 'content-type': 'application/xml' })),
	];
	expect(answers.map((answer) => answer.status)).toEqual([400, 413, 415]);
	for (const answer of answers) {
		expect(answer.headers.get('access-control-allow-origin')).toBe('https://shop.example');
	}
});

it('lets in what the origin policy should: same origin, listed origins and Referers, same-origin fetches', async () => {
	const allowed: Array<Record<string, string>> = [
		{ origin: SHOP },
		{ origin: 'https://shop.example' },
		{ 'sec-fetch-site': 'same-origin' },
		{ referer: 'https://shop.example/products/1' },
		{ referer: `${SHOP}/cart` },
	];
	for (const headers of allowed) {
		const answer = await guarded(new Request(get(track()), { headers }));
		expect(answer.status, JSON.stringify(headers)).toBe(202);
	}
	expect(emu.requests.filter((r) => r.path === '/client/events')).toHaveLength(allowed.length);
});

it('reads deep-looking brackets inside strings as text, and accepts the 10 levels Klaviyo takes', async () => {
	const inStrings = withTrack({ properties: { note: nested(5_000), d: JSON.parse(nested(10)) } });
	expect((await relay(post(form(JSON.stringify(inStrings)), FORM))).status).toBe(202);
	// One more level is Klaviyo's "Max levels of nested objects: 10" broken: the protocol layer's 400.
	const deeper = withTrack({ properties: { d: JSON.parse(nested(11)) } });
	expect((await relay(post(form(JSON.stringify(deeper)), FORM))).status).toBe(400);
});

it('a bulk of 1,000 refused events is answered with each refusal named, and nothing sent', async () => {
	const bulk = Array.from({ length: 1_000 }, (_, n) => withTrack({ event: '', properties: { n } }));
	const answer = await relay(post(JSON.stringify(bulk), {}, 'track-bulk'));
	expect(answer.status).toBe(400);
	const { errors } = (await answer.json()) as { errors: Array<{ meta: { field: string } }> };
	expect(errors.map((error) => error.meta.field)).toEqual(bulk.map((_, n) => `data.${n}.event`));
	expect(emu.requests).toEqual([]);
});

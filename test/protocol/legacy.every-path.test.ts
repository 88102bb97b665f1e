/**
 * The same bad input gets the same answer on every path: the public client's `track`, the private
 * client's `events.create` and the relay's `/track` (the input sent as the page would send it, in
 * node-klaviyo's legacy wire format) each refuse it with a `KlaviyoValidationError` of the same
 * `field` and `rule` (the relay: a 400 whose JSON:API error names them), and nothing reaches the
 * emulator. Then the same for profiles: `identify`, `profiles.upsert` and the relay's `/identify`.
 */

import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRelay, type RelayHandler } from '../../adapters/relay.js';
import { KlaviyoValidationError } from '../../src/core/errors.js';
import { PrivateClient } from '../../src/private/index.js';
import { createClient, identify, memoryStorage, type TrackOptions, track } from '../../src/public/index.js';

let emu: EmulatorServer;
let relay: RelayHandler;
let publicClient: ReturnType<typeof createClient>;
let privateClient: PrivateClient;

beforeAll(async () => {
	emu = await startEmulator();
	relay = createRelay({ publicKey: emu.publicKey, baseUrl: emu.url, maxRetries: 0 });
	publicClient = createClient(emu.publicKey, { baseUrl: emu.url, storage: memoryStorage(), maxRetries: 0 });
	privateClient = new PrivateClient(emu.privateKey, { baseUrl: emu.url, maxRetries: 0, rateLimiter: false });
});
afterEach(() => {
	// Not one request, on any path, for any of the inputs.
	const requests = emu.requests.map(({ method, path }) => `${method} ${path}`);
	emu.reset();
	expect(requests).toEqual([]);
});
afterAll(() => emu.close());

interface Refusal {
	field: string;
	rule: string;
}

/** The refusal a call made (thrown, or rejected with); fails when it did not refuse. */
async function refusalOf(call: () => unknown): Promise<Refusal> {
	let error: unknown;
	try {
		await call();
	} catch (caught) {
		error = caught;
	}
	expect(error).toBeInstanceOf(KlaviyoValidationError);
	const { field, rule, message } = error as KlaviyoValidationError;
	expect(message).toContain(rule);
	return { field, rule };
}

interface RelayError {
	detail: string;
	meta: Refusal;
	source: { pointer: string };
}

/** The relay's answer to `data` sent as a form POST (`data=<JSON>`), as the public client posts it. */
async function relayRefusal(route: string, data: Record<string, unknown>): Promise<Refusal> {
	const response = await relay(
		new Request(`http://shop.test/k/${route}`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: `data=${encodeURIComponent(JSON.stringify({ token: emu.publicKey, ...data }))}`,
		}),
	);
	expect(response.status).toBe(400);
	expect(response.headers.get('content-type')).toBe('application/vnd.api+json');
	const { errors } = (await response.json()) as { errors: RelayError[] };
	const { detail, meta, source } = errors[0]!;
	expect(detail).toContain(meta.rule);
	expect(source.pointer).toBe(`/${meta.field.replace(/\./g, '/')}`);
	return meta;
}

/** Whether a value survives JSON as it is: only such input can be sent to the relay at all. */
function jsonFaithful(value: unknown, parents: unknown[] = []): boolean {
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
	if (typeof value === 'number') return Number.isFinite(value);
	if (typeof value !== 'object' || parents.includes(value)) return false;
	const plain = Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype;
	return plain && Object.values(value).every((item) => jsonFaithful(item, [...parents, value]));
}

const OK = { event: 'Viewed Product', email: 'ann@example.com' };
const nested = (levels: number, leaf: unknown = 1): unknown =>
	levels === 0 ? leaf : { deeper: nested(levels - 1, leaf) };
const nestedArray = (levels: number): unknown => (levels === 0 ? 1 : [nestedArray(levels - 1)]);
const many = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`p${i}`, i]));
const circular = () => {
	const value: Record<string, unknown> = { a: 1 };
	value.self = value;
	return value;
};
/** An object whose inherited toString or valueOf throws (an own one would be a function property). */
const throwing = (method: 'toString' | 'valueOf') =>
	Object.create({
		[method]() {
			throw new Error('no');
		},
	});
const inYears = (years: number) => Math.floor(Date.now() / 1000) + years * 366 * 86_400;

const IDENTIFY = 'You must identify a user by email or ID.';
const NO_EVENT = 'Event name was not provided.';
const EMAIL = 'must be an email';
const PHONE = 'must be E.164';
const TIME = 'must be a time after 1990 and at most a year ahead';
const BYTES = 'must be at most 100,000 bytes';
const DEPTH = 'must nest at most 10 levels';
const COERCE = 'must have working toString/valueOf';
const deep = `properties${'.deeper'.repeat(11)}`;

/** [what, track options, field, rule] */
const TRACK: Array<[string, TrackOptions, string, string]> = [
	// Identifiers (node-klaviyo checked identity first).
	['no identifier at all', { event: 'Viewed' }, 'email', IDENTIFY],
	['nothing at all', {} as TrackOptions, 'email', IDENTIFY],
	['only a first name', { event: 'Viewed', customerProperties: { $first_name: 'Ann' } }, 'email', IDENTIFY],
	['an empty email', { event: 'Viewed', email: '' }, 'email', IDENTIFY],
	['a null email', { event: 'Viewed', email: null as never }, 'email', IDENTIFY],
	[
		'empty identifiers',
		{ event: 'Viewed', customerProperties: { $email: '', $phone_number: '' } },
		'email',
		IDENTIFY,
	],
	// Email format, and an email that is not a string.
	['an email without @', { ...OK, email: 'ann' }, 'email', EMAIL],
	['an email without domain', { ...OK, email: 'ann@' }, 'email', EMAIL],
	['an email without local part', { ...OK, email: '@example.com' }, 'email', EMAIL],
	['an email without top-level domain', { ...OK, email: 'ann@example' }, 'email', EMAIL],
	['an email with a space', { ...OK, email: 'ann @example.com' }, 'email', EMAIL],
	['an email with a space in the domain', { ...OK, email: 'ann@exa mple.com' }, 'email', EMAIL],
	['an email with two @', { ...OK, email: 'ann@x@example.com' }, 'email', EMAIL],
	['an email that is a number', { ...OK, email: 5 as never }, 'email', EMAIL],
	['an email that is true', { ...OK, email: true as never }, 'email', EMAIL],
	['an email in an array', { ...OK, email: ['ann@example.com'] as never }, 'email', EMAIL],
	['an email that is an object', { ...OK, email: {} as never }, 'email', EMAIL],
	['a bad $email', { event: 'Viewed', customerProperties: { $email: 'nope' } }, 'email', EMAIL],
	['a numeric bare email', { event: 'Viewed', customerProperties: { email: 42 } }, 'email', EMAIL],
	// E.164 phone numbers.
	[
		'a phone without +',
		{ ...OK, customerProperties: { $phone_number: '5005550006' } },
		'phone_number',
		PHONE,
	],
	[
		'a phone with country code 0',
		{ ...OK, customerProperties: { $phone_number: '+0123456' } },
		'phone_number',
		PHONE,
	],
	[
		'a phone with spaces',
		{ ...OK, customerProperties: { $phone_number: '+1 500 555 0006' } },
		'phone_number',
		PHONE,
	],
	[
		'a phone with dashes',
		{ ...OK, customerProperties: { $phone_number: '+1-500-555-0006' } },
		'phone_number',
		PHONE,
	],
	[
		'a phone of 16 digits',
		{ ...OK, customerProperties: { $phone_number: '+1500555000612345' } },
		'phone_number',
		PHONE,
	],
	['a phone that is only +', { ...OK, customerProperties: { $phone_number: '+' } }, 'phone_number', PHONE],
	[
		'a phone that is a number',
		{ ...OK, customerProperties: { phone_number: 15005550006 } },
		'phone_number',
		PHONE,
	],
	[
		'a phone alone, badly formed',
		{ event: 'V', customerProperties: { $phone_number: 'call me' } },
		'phone_number',
		PHONE,
	],
	// The metric name.
	['no event name', { email: 'ann@example.com' } as TrackOptions, 'event', NO_EVENT],
	['an empty event name', { ...OK, event: '' }, 'event', NO_EVENT],
	['a numeric event name', { ...OK, event: 5 as never }, 'event', NO_EVENT],
	['a null event name', { ...OK, event: null as never }, 'event', NO_EVENT],
	['an event name in an array', { ...OK, event: ['Viewed'] as never }, 'event', NO_EVENT],
	[
		'an event name of 128 characters',
		{ ...OK, event: 'x'.repeat(128) },
		'event',
		'must be less than 128 characters',
	],
	[
		'an event name of 200 characters',
		{ ...OK, event: 'x'.repeat(200) },
		'event',
		'must be less than 128 characters',
	],
	['an event name of 128 é', { ...OK, event: 'é'.repeat(128) }, 'event', 'must be less than 128 characters'],
	// `properties` and `customerProperties` must be objects.
	['properties that are a string', { ...OK, properties: 'x' as never }, 'properties', 'must be an object'],
	['properties that are a number', { ...OK, properties: 5 as never }, 'properties', 'must be an object'],
	['properties that are an array', { ...OK, properties: [1, 2] as never }, 'properties', 'must be an object'],
	['properties that are true', { ...OK, properties: true as never }, 'properties', 'must be an object'],
	[
		'customerProperties that are a string',
		{ ...OK, customerProperties: 'x' as never },
		'customerProperties',
		'must be an object',
	],
	[
		'customerProperties that are an array',
		{ ...OK, customerProperties: [1] as never },
		'customerProperties',
		'must be an object',
	],
	// Klaviyo's limits: 400 properties, 100 KB strings, 10 levels of nesting.
	['401 properties', { ...OK, properties: many(401) }, 'properties', 'must have at most 400 properties'],
	['600 properties', { ...OK, properties: many(600) }, 'properties', 'must have at most 400 properties'],
	[
		'a string of 100,001 bytes',
		{ ...OK, properties: { note: 'x'.repeat(100_001) } },
		'properties.note',
		BYTES,
	],
	[
		'a nested string of 100,001 bytes',
		{ ...OK, properties: { a: { b: 'x'.repeat(100_001) } } },
		'properties.a.b',
		BYTES,
	],
	[
		'a long string in an array',
		{ ...OK, properties: { list: ['ok', 'x'.repeat(100_001)] } },
		'properties.list.1',
		BYTES,
	],
	['50,001 é (100,002 bytes)', { ...OK, properties: { note: 'é'.repeat(50_001) } }, 'properties.note', BYTES],
	[
		'a long $value_currency',
		{ ...OK, properties: { $value_currency: 'x'.repeat(100_001) } },
		'properties.$value_currency',
		BYTES,
	],
	[
		'a long customer property',
		{ ...OK, customerProperties: { bio: 'x'.repeat(100_001) } },
		'customerProperties.bio',
		BYTES,
	],
	[
		'a long first name',
		{ ...OK, customerProperties: { $first_name: 'x'.repeat(100_001) } },
		'first_name',
		BYTES,
	],
	['objects nested 11 levels', { ...OK, properties: nested(12) as never }, deep, DEPTH],
	['objects nested 30 levels', { ...OK, properties: nested(30) as never }, deep, DEPTH],
	[
		'arrays nested 11 levels',
		{ ...OK, properties: { a: nestedArray(11) } },
		`properties.a${'.0'.repeat(10)}`,
		DEPTH,
	],
	[
		'customer properties nested 11 levels',
		{ ...OK, customerProperties: nested(12) as never },
		`customerProperties${'.deeper'.repeat(11)}`,
		DEPTH,
	],
	// Objects a later String() or Number() would crash on.
	[
		'a toString that is a number',
		{ ...OK, properties: { item: { toString: 5 } } },
		'properties.item',
		COERCE,
	],
	['a toString that is null', { ...OK, properties: { item: { toString: null } } }, 'properties.item', COERCE],
	[
		'a valueOf that is a string',
		{ ...OK, properties: { item: { valueOf: 'x' } } },
		'properties.item',
		COERCE,
	],
	[
		'a bad toString in an array',
		{ ...OK, properties: { list: [{ toString: 1 }] } },
		'properties.list.0',
		COERCE,
	],
	[
		'a bad toString deep down',
		{ ...OK, properties: { a: { b: { toString: [] } } } },
		'properties.a.b',
		COERCE,
	],
	[
		'a bad toString in customer properties',
		{ ...OK, customerProperties: { x: { toString: 1 } } },
		'customerProperties.x',
		COERCE,
	],
	[
		'a $value with a bad valueOf',
		{ ...OK, properties: { $value: { valueOf: 1 } } },
		'properties.$value',
		COERCE,
	],
	[
		'a $event_id with a bad toString',
		{ ...OK, properties: { $event_id: { toString: 1 } } },
		'properties.$event_id',
		COERCE,
	],
	[
		'a location with a bad toString',
		{ ...OK, customerProperties: { $city: { toString: 1 } } },
		'location.city',
		COERCE,
	],
	// Timestamps Klaviyo refuses (after 1990, at most a year ahead).
	['timestamp 1', { ...OK, timestamp: 1 }, 'timestamp', TIME],
	['timestamp 0', { ...OK, timestamp: 0 }, 'timestamp', TIME],
	['a negative timestamp', { ...OK, timestamp: -5 }, 'timestamp', TIME],
	['a time in 1989', { ...OK, timestamp: '1989-12-31T23:59:59Z' }, 'timestamp', TIME],
	['a time two years ahead', { ...OK, timestamp: inYears(2) }, 'timestamp', TIME],
	['a time that is a word', { ...OK, timestamp: 'yesterday' }, 'timestamp', TIME],
	['an empty time', { ...OK, timestamp: '' }, 'timestamp', TIME],
	['a time that is an object', { ...OK, timestamp: {} as never }, 'timestamp', TIME],
	['a time that is true', { ...OK, timestamp: true as never }, 'timestamp', TIME],
	// $value and $event_id.
	[
		'a $value that is a word',
		{ ...OK, properties: { $value: 'lots' } },
		'properties.$value',
		'must be a number',
	],
	['a $value that is true', { ...OK, properties: { $value: true } }, 'properties.$value', 'must be a number'],
	['a $value in an array', { ...OK, properties: { $value: [5] } }, 'properties.$value', 'must be a number'],
	[
		'a $value that is an object',
		{ ...OK, properties: { $value: {} } },
		'properties.$value',
		'must be a number',
	],
	['an IP that is a number', { ...OK, ipAddress: 127001 as never }, 'ipAddress', 'must be a string'],
	[
		'a $event_id that is an object',
		{ ...OK, properties: { $event_id: {} } },
		'properties.$event_id',
		'must be a string',
	],
	[
		'a $event_id that is an array',
		{ ...OK, properties: { $event_id: [1] } },
		'properties.$event_id',
		'must be a string',
	],
	// What JSON cannot carry (so the relay never sees it): refused, never sent as null or dropped.
	['NaN', { ...OK, properties: { n: Number.NaN } }, 'properties.n', 'must be finite'],
	['Infinity', { ...OK, properties: { n: Number.POSITIVE_INFINITY } }, 'properties.n', 'must be finite'],
	['-Infinity', { ...OK, properties: { n: Number.NEGATIVE_INFINITY } }, 'properties.n', 'must be finite'],
	[
		'NaN in an array',
		{ ...OK, properties: { list: [1, Number.NaN] } },
		'properties.list.1',
		'must be finite',
	],
	['a NaN $value', { ...OK, properties: { $value: Number.NaN } }, 'properties.$value', 'must be finite'],
	['a BigInt', { ...OK, properties: { n: 10n } }, 'properties.n', 'must not be a bigint'],
	['a BigInt id', { ...OK, id: 10n as never }, 'external_id', 'must not be a bigint'],
	['a function', { ...OK, properties: { f: () => 1 } }, 'properties.f', 'must not be a function'],
	['a Symbol', { ...OK, properties: { s: Symbol('x') } }, 'properties.s', 'must not be a symbol'],
	['a Symbol email', { ...OK, email: Symbol('x') as never }, 'email', 'must not be a symbol'],
	['circular properties', { ...OK, properties: circular() }, 'properties.self', 'must not be circular'],
	[
		'a circular array',
		{
			...OK,
			properties: {
				list: (() => {
					const a: unknown[] = [];
					a.push(a);
					return a;
				})(),
			},
		},
		'properties.list.0',
		'must not be circular',
	],
	[
		'circular customer properties',
		{ ...OK, customerProperties: { c: circular() } },
		'customerProperties.c.self',
		'must not be circular',
	],
	['a throwing toString', { ...OK, properties: { o: throwing('toString') } }, 'properties.o', COERCE],
	['a throwing valueOf', { ...OK, properties: { o: throwing('valueOf') } }, 'properties.o', COERCE],
	['an object without prototype', { ...OK, properties: { o: Object.create(null) } }, 'properties.o', COERCE],
	['a NaN timestamp', { ...OK, timestamp: Number.NaN }, 'timestamp', 'must be finite'],
	['an Infinity timestamp', { ...OK, timestamp: Number.POSITIVE_INFINITY }, 'timestamp', 'must be finite'],
	['an invalid Date', { ...OK, timestamp: new Date('nope') }, 'timestamp', TIME],
];

/** node-klaviyo's Track payload for the same call, as the public client encodes it for the relay. */
function trackData({ event, email, id, properties, customerProperties, timestamp, ipAddress }: TrackOptions) {
	const customer: Record<string, unknown> = { ...(customerProperties as object) };
	if (email !== undefined) customer.email = email;
	if (id !== undefined) customer.id = id;
	const data: Record<string, unknown> = {
		event,
		properties,
		customer_properties: customer,
		time: timestamp,
		ip: ipAddress,
	};
	// Non-object shapes go on the wire as they are.
	if (
		customerProperties !== undefined &&
		(typeof customerProperties !== 'object' || Array.isArray(customerProperties))
	)
		data.customer_properties = customerProperties;
	// What JSON would drop is not there to compare.
	return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}

describe('one bad track input, one refusal, on every path', () => {
	it('covers at least 60 inputs the relay can receive, and more that only a client can', () => {
		const wire = TRACK.filter(([, input]) => jsonFaithful(trackData(input)));
		console.info(`${TRACK.length} bad track inputs, ${wire.length} of them sent to the relay too`);
		expect(wire.length).toBeGreaterThanOrEqual(60);
		expect(TRACK.length).toBeGreaterThanOrEqual(wire.length + 15);
	});

	it.each(TRACK)('%s', async (_, input, field, rule) => {
		const expected = { field, rule };
		expect(await refusalOf(() => track(publicClient, input))).toEqual(expected);
		expect(await refusalOf(() => privateClient.events.create(input))).toEqual(expected);
		const data = trackData(input);
		if (jsonFaithful(data)) expect(await relayRefusal('track', data)).toEqual(expected);
	});
});

/** [what, email, phone_number, custom properties, field, rule] */
const PROFILE: Array<[string, unknown, unknown, Record<string, unknown>, string, string]> = [
	['an email without @', 'ann', undefined, {}, 'email', EMAIL],
	['an email without domain', 'ann@', undefined, {}, 'email', EMAIL],
	['an email with a space', 'a b@example.com', undefined, {}, 'email', EMAIL],
	['an email that is a number', 7, undefined, {}, 'email', EMAIL],
	['an email in an array', ['ann@example.com'], undefined, {}, 'email', EMAIL],
	['a phone without +', undefined, '5005550006', {}, 'phone_number', PHONE],
	['a phone with spaces', 'ann@example.com', '+1 500 555 0006', {}, 'phone_number', PHONE],
	['a phone that is a number', undefined, 15005550006, {}, 'phone_number', PHONE],
	[
		'a string of 100,001 bytes',
		'ann@example.com',
		undefined,
		{ bio: 'x'.repeat(100_001) },
		'properties.bio',
		BYTES,
	],
	[
		'nesting of 11 levels',
		'ann@example.com',
		undefined,
		{ n: nested(11) },
		`properties.n${'.deeper'.repeat(10)}`,
		DEPTH,
	],
	['a bad toString', 'ann@example.com', undefined, { o: { toString: 1 } }, 'properties.o', COERCE],
	['a bad valueOf', 'ann@example.com', undefined, { o: { valueOf: 1 } }, 'properties.o', COERCE],
	['NaN', 'ann@example.com', undefined, { n: Number.NaN }, 'properties.n', 'must be finite'],
	[
		'Infinity',
		'ann@example.com',
		undefined,
		{ n: Number.POSITIVE_INFINITY },
		'properties.n',
		'must be finite',
	],
	['a BigInt', 'ann@example.com', undefined, { n: 1n }, 'properties.n', 'must not be a bigint'],
	['a function', 'ann@example.com', undefined, { f() {} }, 'properties.f', 'must not be a function'],
	['a Symbol', 'ann@example.com', undefined, { s: Symbol('s') }, 'properties.s', 'must not be a symbol'],
	[
		'a circular value',
		'ann@example.com',
		undefined,
		{ c: circular() },
		'properties.c.self',
		'must not be circular',
	],
	['a throwing toString', 'ann@example.com', undefined, { o: throwing('toString') }, 'properties.o', COERCE],
];

describe('one bad profile, one refusal: identify, profiles.upsert and the relay’s /identify', () => {
	it.each(PROFILE)('%s', async (_, email, phone, custom, field, rule) => {
		const expected = { field, rule };
		const legacy = { ...custom, ...(phone === undefined ? {} : { $phone_number: phone }) };
		expect(
			await refusalOf(() => identify(publicClient, { email: email as string, properties: legacy })),
		).toEqual(expected);
		const modern = { email, phone_number: phone, properties: custom };
		expect(await refusalOf(() => privateClient.profiles.upsert(modern as never))).toEqual(expected);
		const data = { properties: { ...legacy, ...(email === undefined ? {} : { $email: email }) } };
		if (jsonFaithful(data)) expect(await relayRefusal('identify', data)).toEqual(expected);
	});
});

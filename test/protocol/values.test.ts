import { describe, expect, it } from 'vitest';
import { KlaviyoValidationError } from '../../src/core/errors.js';
import { checkProfile, IDENTIFIERS, identifies } from '../../src/protocol/identifiers.js';
import { checkValue, MAX_DEPTH } from '../../src/protocol/values.js';
import { toBase64Json, toClientRequest } from '../../src/protocol/wire.js';

/** The field and rule `check` refused with (fails when it did not throw a KlaviyoValidationError). */
function refusal(check: () => unknown) {
	try {
		check();
	} catch (error) {
		expect(error).toBeInstanceOf(KlaviyoValidationError);
		const { field, rule } = error as KlaviyoValidationError;
		return { field, rule };
	}
	return expect.unreachable('nothing was refused');
}

const nested = (levels: number): unknown => (levels === 0 ? 'leaf' : { x: nested(levels - 1) });

describe('checkValue: one walk, JSON data within Klaviyo’s limits', () => {
	it('accepts what JSON carries as given, including Dates and empty values', () => {
		const value = {
			s: 'text',
			n: -1.5,
			zero: 0,
			b: false,
			nil: null,
			list: [1, 'two', { three: [3] }],
			at: new Date('2026-01-01T00:00:00Z'),
			skipped: undefined,
			emoji: '😀'.repeat(25_000),
		};
		expect(() => checkValue(value, 'properties')).not.toThrow();
	});

	it(`allows ${MAX_DEPTH} levels of nested objects below the root, not ${MAX_DEPTH + 1}`, () => {
		expect(() => checkValue(nested(MAX_DEPTH + 1), 'p')).not.toThrow();
		expect(refusal(() => checkValue(nested(MAX_DEPTH + 2), 'p'))).toEqual({
			field: `p${'.x'.repeat(MAX_DEPTH + 1)}`,
			rule: 'must nest at most 10 levels',
		});
	});

	it('counts UTF-8 bytes, not characters, against 100,000', () => {
		expect(() => checkValue('x'.repeat(100_000), 's')).not.toThrow();
		expect(() => checkValue('é'.repeat(50_000), 's')).not.toThrow();
		expect(refusal(() => checkValue('é'.repeat(50_001), 's')).rule).toBe('must be at most 100,000 bytes');
		expect(refusal(() => checkValue('€'.repeat(33_334), 's')).rule).toBe('must be at most 100,000 bytes');
	});

	it('names the innermost culprit by its dotted path', () => {
		expect(refusal(() => checkValue({ a: [{ b: Number.NaN }] }, 'properties'))).toEqual({
			field: 'properties.a.0.b',
			rule: 'must be finite',
		});
		expect(refusal(() => checkValue({ a: 1n }, ''))).toEqual({ field: 'a', rule: 'must not be a bigint' });
		const inner = { toString: 1 };
		expect(refusal(() => checkValue([[inner]], 'l'))).toEqual({
			field: 'l.0.0',
			rule: 'must have working toString/valueOf',
		});
	});

	it('refuses a shared object only when it is its own ancestor', () => {
		const shared = { a: 1 };
		expect(() => checkValue({ one: shared, two: shared }, 'p')).not.toThrow();
		const loop: Record<string, unknown> = {};
		loop.again = { back: loop };
		expect(refusal(() => checkValue(loop, 'p'))).toEqual({
			field: 'p.again.back',
			rule: 'must not be circular',
		});
	});

	it('never calls a throwing toString outside its guard', () => {
		const hostile = new Proxy(
			{},
			{
				get: () => {
					throw new Error('boom');
				},
			},
		);
		expect(refusal(() => checkValue({ hostile }, 'p'))).toEqual({
			field: 'p.hostile',
			rule: 'must have working toString/valueOf',
		});
	});
});

describe('identifiers', () => {
	it('are the five attributes Klaviyo finds a profile by', () => {
		expect(IDENTIFIERS).toEqual(['email', 'phone_number', 'external_id', 'anonymous_id', '_kx']);
		expect(identifies({ anonymous_id: 'a' })).toBe(true);
		expect(identifies({ _kx: 'k' })).toBe(true);
		expect(identifies({ first_name: 'Ann', email: '', phone_number: null })).toBe(false);
	});

	it('checkProfile accepts real emails and E.164 numbers', () => {
		for (const email of ['a@b.co', 'first.last+tag@sub.example.org', 'ü@exämple.de']) {
			expect(() => checkProfile({ email }, 'properties')).not.toThrow();
		}
		for (const phone_number of ['+15005550006', '+442071838750', '+861012345678901'.slice(0, 16)]) {
			expect(() => checkProfile({ phone_number }, 'properties')).not.toThrow();
		}
		expect(() => checkProfile({ email: null, external_id: 'c-1' }, 'properties')).not.toThrow();
	});

	it('checkProfile names custom properties under the call’s own field', () => {
		expect(
			refusal(() => checkProfile({ email: 'a@b.co', properties: { n: Number.NaN } }, 'customerProperties')),
		).toEqual({ field: 'customerProperties.n', rule: 'must be finite' });
		expect(refusal(() => checkProfile({ location: { city: 1n } }, 'properties'))).toEqual({
			field: 'location.city',
			rule: 'must not be a bigint',
		});
	});
});

describe('the relay wire format', () => {
	it('encodes the standard base64 of the UTF-8 JSON', () => {
		const data = { event: 'Café ☕', properties: { n: 1 } };
		const bytes = Uint8Array.from(atob(toBase64Json(data)), (char) => char.charCodeAt(0));
		expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual(data);
	});

	it('turns a Track payload into the /client/events request, fields named as in the call', () => {
		const request = toClientRequest('track', {
			event: 'Viewed',
			properties: { $value: 2 },
			customer_properties: { $email: 'a@b.co' },
			time: 1_700_000_000,
		});
		expect(request.path).toBe('/client/events');
		expect(request.body).toMatchObject({
			data: { type: 'event', attributes: { value: 2, time: '2023-11-14T22:13:20.000Z' } },
		});
		expect(
			refusal(() =>
				toClientRequest('track', { event: 'V', customer_properties: { $email: 'a@b.co' }, time: 1 }),
			),
		).toEqual({
			field: 'timestamp',
			rule: 'must be a time after 1990 and at most a year ahead',
		});
		expect(
			refusal(() => toClientRequest('subscribe', { list_id: 'L', properties: { $email: 'nope' } })),
		).toEqual({
			field: 'email',
			rule: 'must be an email',
		});
		expect(refusal(() => toClientRequest('subscribe', { properties: { $email: 'a@b.co' } }))).toEqual({
			field: 'listId',
			rule: 'List ID was not provided.',
		});
	});
});

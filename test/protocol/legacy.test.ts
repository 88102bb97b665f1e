import { describe, expect, it } from 'vitest';
import { KlaviyoValidationError } from '../../src/core/errors.js';
import { toEventAttributes, toIsoTime, toProfileAttributes } from '../../src/protocol/legacy.js';

describe('toProfileAttributes: legacy customer properties to profile attributes', () => {
	it('maps legacy special keys to modern attributes and keeps the rest as properties', () => {
		expect(
			toProfileAttributes({
				$email: 'ada@example.com',
				$phone_number: '+15005550006',
				$id: 42,
				$first_name: 'Ada',
				$last_name: 'Lovelace',
				$organization: 'Engines',
				$title: 'Countess',
				$image: 'https://example.com/a.png',
				$locale: 'en-GB',
				$city: 'London',
				$country: 'UK',
				$zip: 'W1',
				$latitude: 51.5,
				$exchange_id: 'kx.ABC',
				$consent: ['email'],
				plan: 'gold',
				title: 'not an attribute without $',
			}),
		).toEqual({
			email: 'ada@example.com',
			phone_number: '+15005550006',
			external_id: '42',
			first_name: 'Ada',
			last_name: 'Lovelace',
			organization: 'Engines',
			title: 'Countess',
			image: 'https://example.com/a.png',
			locale: 'en-GB',
			_kx: 'kx.ABC',
			location: { city: 'London', country: 'UK', zip: 'W1', latitude: 51.5 },
			properties: { $consent: ['email'], plan: 'gold', title: 'not an attribute without $' },
		});
	});

	it('merges several sources: later keys win, undefined never erases', () => {
		expect(
			toProfileAttributes({ $email: 'a@example.com', plan: 'gold' }, { email: undefined, plan: 'silver' }),
		).toEqual({ email: 'a@example.com', properties: { plan: 'silver' } });
	});

	it('keeps a null external id null (it clears), never the id "null" shared by every such shopper', () => {
		expect(toProfileAttributes({ $email: 'a@b.co', $id: null })).toEqual({
			email: 'a@b.co',
			external_id: null,
		});
		expect(toProfileAttributes({ id: 42 })).toEqual({ external_id: '42' });
	});

	it('accepts the unprefixed email and id node-klaviyo itself wrote', () => {
		expect(toProfileAttributes({ email: 'a@b.co', id: 'cust-1', undefinedKey: undefined })).toEqual({
			email: 'a@b.co',
			external_id: 'cust-1',
		});
	});
});

describe('toEventAttributes', () => {
	it('moves $value, $event_id and time, drops __track_once__, and sets ip on the profile', () => {
		const attributes = toEventAttributes({
			event: 'Ordered Pizza',
			email: 'dave@example.com',
			properties: { $value: '23.99', $event_id: 1001, __track_once__: true, size: 'Large' },
			customerProperties: { $first_name: 'Dave' },
			timestamp: 1_700_000_000,
			ipAddress: '203.0.113.9',
		});
		expect(attributes).toEqual({
			properties: { size: 'Large' },
			metric: { data: { type: 'metric', attributes: { name: 'Ordered Pizza' } } },
			profile: {
				data: {
					type: 'profile',
					attributes: { email: 'dave@example.com', first_name: 'Dave', location: { ip: '203.0.113.9' } },
				},
			},
			time: '2023-11-14T22:13:20.000Z',
			value: 23.99,
			unique_id: '1001',
		});
	});

	it('takes email, id and ipAddress over customerProperties only when they are given', () => {
		const customerProperties = { email: 'c@example.com', id: 'c-1', $city: 'Oslo' };
		expect(toEventAttributes({ event: 'Viewed', customerProperties }).profile.data.attributes).toEqual({
			email: 'c@example.com',
			external_id: 'c-1',
			location: { city: 'Oslo' },
		});
		const named = toEventAttributes({
			event: 'Viewed',
			email: 'e@example.com',
			id: 7,
			ipAddress: '203.0.113.9',
			customerProperties,
		});
		expect(named.profile.data.attributes).toEqual({
			email: 'e@example.com',
			external_id: '7',
			location: { city: 'Oslo', ip: '203.0.113.9' },
		});
	});

	it('generates a unique_id when none was given, a new one per event', () => {
		const a = toEventAttributes({ event: 'Viewed', email: 'x@example.com' });
		const b = toEventAttributes({ event: 'Viewed', email: 'x@example.com' });
		expect(a.unique_id).toMatch(/^[0-9a-f-]{36}$/);
		expect(a.unique_id).not.toBe(b.unique_id);
	});

	it('rejects a non-numeric $value before anything is sent', () => {
		expect(() => toEventAttributes({ event: 'x', email: 'a@b.co', properties: { $value: 'lots' } })).toThrow(
			KlaviyoValidationError,
		);
	});
});

describe('unique_id', () => {
	it('an empty $event_id is no id: a fresh one is generated, so unrelated events never collide', () => {
		const a = toEventAttributes({ event: 'x', email: 'a@b.co', properties: { $event_id: '' } });
		const b = toEventAttributes({ event: 'x', email: 'a@b.co', properties: { $event_id: '' } });
		expect(a.unique_id).toMatch(/^[0-9a-f-]{36}$/);
		expect(a.unique_id).not.toBe(b.unique_id);
		expect(toEventAttributes({ event: 'x', email: 'a@b.co', properties: { $event_id: 0 } }).unique_id).toBe(
			'0',
		);
	});
});

describe('toIsoTime', () => {
	const now = Date.parse('2026-11-26T00:00:00Z');
	it('reads unix seconds, numeric strings, Dates and ISO strings', () => {
		expect(toIsoTime(1_600_000_000, now)).toBe('2020-09-13T12:26:40.000Z');
		expect(toIsoTime('1600000000', now)).toBe('2020-09-13T12:26:40.000Z');
		expect(toIsoTime(new Date('2021-01-02T03:04:05Z'), now)).toBe('2021-01-02T03:04:05.000Z');
		expect(toIsoTime('2021-01-02T03:04:05+01:00', now)).toBe('2021-01-02T02:04:05.000Z');
		expect(toIsoTime(undefined, now)).toBe(new Date(now).toISOString());
	});

	it.each([[0], ['1989-12-31T23:59:59Z'], ['2028-01-01T00:00:00Z'], ['not a date']])(
		'refuses %s, naming the field and the rule',
		(value) => {
			try {
				toIsoTime(value, now);
				expect.unreachable();
			} catch (error) {
				expect(error).toBeInstanceOf(KlaviyoValidationError);
				expect((error as KlaviyoValidationError).field).toBe('timestamp');
				expect((error as KlaviyoValidationError).rule).toMatch(/after 1990/);
			}
		},
	);
});

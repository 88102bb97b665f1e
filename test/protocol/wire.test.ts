/**
 * src/protocol/wire.ts: the relay's wire format. `/track-bulk`'s payloads become one
 * `/client/event-bulk-create` request, each payload checked by the same rules as a `/track`, its
 * refusal naming its position; and the page reads back what it encoded.
 */
import { describe, expect, it } from 'vitest';
import { KlaviyoValidationError } from '../../src/core/errors.js';
import {
	fromBase64Json,
	MAX_BULK_EVENTS,
	ROUTE_PATHS,
	toBase64Json,
	toBulkRequest,
	toClientRequest,
} from '../../src/protocol/wire.js';

const payload = (n: number, patch: Record<string, unknown> = {}) => ({
	token: 'PUBKEY',
	event: 'Viewed Product',
	properties: { sku: `A${n}`, $value: n, $event_id: `view-${n}` },
	customer_properties: { $email: 'bulk@example.com', $first_name: 'Bo' },
	time: 1_700_000_000 + n,
	...patch,
});

/** What `run` threw: the refusals of an AggregateError, or the one refusal. */
function refusalsOf(run: () => unknown): Array<{ field: string; rule: string }> {
	try {
		run();
	} catch (error) {
		const all = error instanceof AggregateError ? error.errors : [error];
		for (const each of all) expect(each).toBeInstanceOf(KlaviyoValidationError);
		return all.map(({ field, rule }: KlaviyoValidationError) => ({ field, rule }));
	}
	throw new Error('expected a refusal');
}

describe('toBulkRequest', () => {
	it('one /client/event-bulk-create of one profile, each event as /track makes it, unique_ids kept', () => {
		const payloads = Array.from({ length: 3 }, (_, n) => payload(n));
		const request = toBulkRequest(payloads);
		expect(request.path).toBe('/client/event-bulk-create');
		expect(ROUTE_PATHS['track-bulk']).toBe('/client/event-bulk-create');
		const single = (n: number) =>
			(toClientRequest('track', payload(n)).body as { data: { attributes: Record<string, unknown> } }).data
				.attributes;
		const { profile, ...first } = single(0);
		expect(request.body).toEqual({
			data: {
				type: 'event-bulk-create',
				attributes: {
					profile,
					events: {
						data: [0, 1, 2].map((n) => {
							const { profile: _, ...event } = single(n);
							return { type: 'event', attributes: event };
						}),
					},
				},
			},
		});
		expect(first).toMatchObject({ unique_id: 'view-0', value: 0, time: '2023-11-14T22:13:20.000Z' });
		expect(request.profile).toEqual({ email: 'bulk@example.com', first_name: 'Bo' });
	});

	it('refuses each payload by the rule a /track breaks, its position in front of the field', () => {
		const broken: Array<Record<string, unknown>> = [
			{ event: '' },
			{ properties: 'x' },
			{ time: 'yesterday' },
			{ customer_properties: { plan: 'gold' } },
			{ customer_properties: { $email: 'not an email' } },
			{ properties: { $value: 'lots' } },
		];
		for (const patch of broken) {
			const [alone] = refusalsOf(() => toClientRequest('track', payload(9, patch)));
			const payloads = [payload(0), payload(1), payload(2), payload(3, patch), payload(4)];
			expect(
				refusalsOf(() => toBulkRequest(payloads)),
				JSON.stringify(patch),
			).toEqual([{ field: `data.3${alone!.field ? `.${alone!.field}` : ''}`, rule: alone!.rule }]);
		}
	});

	it('names every refused payload at once, so a sender learns them all in one answer', () => {
		const payloads = [payload(0, { event: 42 }), payload(1), payload(2, { time: 1 }), 'x', null];
		expect(refusalsOf(() => toBulkRequest(payloads))).toEqual([
			{ field: 'data.0.event', rule: 'Event name was not provided.' },
			{ field: 'data.2.timestamp', rule: 'must be a time after 1990 and at most a year ahead' },
			{ field: 'data.3', rule: 'must be a track payload (a JSON object)' },
			{ field: 'data.4', rule: 'must be a track payload (a JSON object)' },
		]);
	});

	it('refuses what Klaviyo refuses in one request: another shopper, a repeated event', () => {
		const other = payload(1, { customer_properties: { $email: 'someone@example.com' } });
		expect(refusalsOf(() => toBulkRequest([payload(0), other, payload(2)]))).toEqual([
			{
				field: 'data.1.customerProperties',
				rule: 'must name the same shopper as the other events (a bulk carries one profile)',
			},
		]);
		const twin = payload(5, { properties: { $event_id: 'view-0' } });
		expect(refusalsOf(() => toBulkRequest([payload(0), payload(1), twin]))).toEqual([
			{
				field: 'data.2.properties.$event_id',
				rule: 'must not repeat an event of the same name earlier in the bulk (data.0)',
			},
		]);
		// The same shopper with keys in another order is the same shopper; another event name is another event.
		const reordered = payload(1, {
			customer_properties: { $first_name: 'Bo', $email: 'bulk@example.com' },
			event: 'Added to Cart',
			properties: { $event_id: 'view-0' },
		});
		expect(toBulkRequest([payload(0), reordered]).path).toBe('/client/event-bulk-create');
	});

	it('refuses the bulk itself: not an array, empty, over 1,000 events', () => {
		expect(MAX_BULK_EVENTS).toBe(1000);
		const many = Array.from({ length: MAX_BULK_EVENTS + 1 }, (_, n) => payload(n));
		expect(toBulkRequest(many.slice(0, MAX_BULK_EVENTS)).path).toBe('/client/event-bulk-create');
		for (const data of [payload(0), 'x', null, {}, [], many]) {
			const [refusal] = refusalsOf(() => toBulkRequest(data));
			expect(refusal!.field).toBe('data');
		}
		expect(refusalsOf(() => toBulkRequest(many))).toEqual([
			{ field: 'data', rule: 'must hold 1 to 1000 track payloads (Klaviyo takes 1,000 events per request)' },
		]);
	});

	it('takes the translation of each payload from its caller (the relay adds its checks and the IP)', () => {
		const request = toBulkRequest([payload(0), payload(1)], (data) => {
			const one = toClientRequest('track', data);
			one.profile.location = { ip: '203.0.113.9' };
			return one;
		});
		expect(request.profile).toEqual({
			email: 'bulk@example.com',
			first_name: 'Bo',
			location: { ip: '203.0.113.9' },
		});
	});
});

describe('fromBase64Json', () => {
	it("reads back toBase64Json's encoding, UTF-8 included, standard or URL-safe", () => {
		const value = { event: 'Café ☕', n: [1, 2], emoji: '😀' };
		expect(fromBase64Json(toBase64Json(value))).toEqual(value);
		const urlSafe = toBase64Json(value).replace(/\+/g, '-').replace(/\//g, '_');
		expect(fromBase64Json(urlSafe)).toEqual(value);
		expect(() => fromBase64Json('%%%')).toThrow();
	});
});

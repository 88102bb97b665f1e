/**
 * Bodies between klaviyo-api's camelCase and the API's names: keys converted both ways, dashed
 * relationship names, date-times read as Date, and the shop's own keys in free-form maps untouched,
 * whatever resource object they sit in.
 */
import { describe, expect, it } from 'vitest';
import { camel, fromWire, toWire, wire } from '../../src/klaviyo-api/casing.js';

describe('names', () => {
	it('snake_case and dashed names ↔ camelCase, with klaviyo-api’s oddities', () => {
		const pairs = [
			['phone_number', 'phoneNumber'],
			['flow-triggers', 'flowTriggers'],
			['campaign-messages', 'campaignMessages'],
			['_kx', 'kx'],
			['default', '_default'],
			['address1', 'address1'],
			['email', 'email'],
		];
		for (const [w, c] of pairs) {
			expect(camel(w!)).toBe(c);
			expect(wire(c!)).toBe(w);
		}
	});
});

describe('toWire', () => {
	it('converts every key but those of free-form maps, in any resource object', () => {
		const body = {
			data: {
				type: 'event',
				attributes: {
					properties: { orderId: 'A1', line_items: [{ productName: 'Hat' }] },
					uniqueId: 'u1',
					time: new Date('2024-01-02T03:04:05Z'),
					profile: {
						data: {
							type: 'profile',
							attributes: { phoneNumber: '+1', properties: { favoriteColor: 'red' } },
							meta: { patchProperties: { append: { recentSkus: 'A1' }, unset: ['oldKey'] } },
						},
					},
				},
				relationships: { flowTriggers: { data: [{ type: 'flow', id: 'F1' }] } },
			},
		};
		expect(JSON.parse(JSON.stringify(toWire(body)))).toEqual({
			data: {
				type: 'event',
				attributes: {
					properties: { orderId: 'A1', line_items: [{ productName: 'Hat' }] },
					unique_id: 'u1',
					time: '2024-01-02T03:04:05.000Z',
					profile: {
						data: {
							type: 'profile',
							attributes: { phone_number: '+1', properties: { favoriteColor: 'red' } },
							meta: { patch_properties: { append: { recentSkus: 'A1' }, unset: ['oldKey'] } },
						},
					},
				},
				relationships: { 'flow-triggers': { data: [{ type: 'flow', id: 'F1' }] } },
			},
		});
	});

	it('leaves what is not a plain object as it is (a Date, a Blob)', () => {
		const blob = new Blob(['x']);
		const date = new Date(0);
		expect(toWire({ aDate: date, aBlob: blob })).toEqual({ a_date: date, a_blob: blob });
		expect((toWire({ aDate: date }) as { a_date: Date }).a_date).toBe(date);
	});
});

describe('fromWire', () => {
	it('camelCases keys, reads date-times as Date, keeps free-form maps and other strings as sent', () => {
		const document = {
			data: {
				type: 'profile',
				id: 'P1',
				attributes: {
					phone_number: '+1',
					created: '2024-01-02T03:04:05+00:00',
					last_event_date: null,
					properties: { first_purchase: '2024-01-02T03:04:05+00:00', nested_map: { inner_key: 1 } },
					subscriptions: { email: { marketing: { consent_timestamp: '2024-02-03T00:00:00Z' } } },
					title: '2024-01-02T03:04:05+00:00',
				},
			},
			included: [{ type: 'list', id: 'L1', attributes: { name: 'VIP', opt_in_process: 'single_opt_in' } }],
			links: { self: 'https://a.klaviyo.com/api/profiles/P1' },
		};
		// biome-ignore lint/suspicious/noExplicitAny: a document walked by path, of any shape
		const body = fromWire(document) as any;
		expect(body.data.attributes.phoneNumber).toBe('+1');
		expect(body.data.attributes.created).toEqual(new Date('2024-01-02T03:04:05Z'));
		expect(body.data.attributes.lastEventDate).toBeNull();
		expect(body.data.attributes.properties).toEqual(document.data.attributes.properties);
		expect(body.data.attributes.subscriptions.email.marketing.consentTimestamp).toEqual(
			new Date('2024-02-03T00:00:00Z'),
		);
		// A string that only looks like a date stays a string where the spec says string.
		expect(body.data.attributes.title).toBe('2024-01-02T03:04:05+00:00');
		expect(body.included[0].attributes.optInProcess).toBe('single_opt_in');
		expect(body.links.self).toBe(document.links.self);
	});

	it('a key camelCased is the key toWire sends back', () => {
		const wireDocument = {
			data: { type: 'catalog-item', attributes: { external_id: 'E1', custom_metadata: { size_code: 'L' } } },
		};
		expect(JSON.parse(JSON.stringify(toWire(fromWire(wireDocument))))).toEqual(wireDocument);
	});
});

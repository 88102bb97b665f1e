import { describe, expect, it } from 'vitest';
import { KlaviyoServerError } from '../../../src/core/errors.js';
import { expectInvalid, rejection, useEmulator } from '../setup.js';

const t = useEmulator();

describe('dataPrivacy.requestProfileDeletion', () => {
	it('requests deletion by email (the default id_type) and resolves {}', async () => {
		t.emu.store.addProfile({ email: 'pizza.dave@example.com' });
		// Two profiles share the email: Klaviyo now deletes both (node-klaviyo's API deleted one).
		t.emu.store.addProfile({ email: 'pizza.dave@example.com' });
		await expect(
			t.klaviyo.dataPrivacy.requestProfileDeletion({ identifier: 'pizza.dave@example.com' }),
		).resolves.toEqual({});
		expect(t.emu.store.profileByEmail('pizza.dave@example.com')).toBeUndefined();
		expect(t.emu.requests[0]!.body).toEqual({
			data: {
				type: 'data-privacy-deletion-job',
				attributes: {
					profile: { data: { type: 'profile', attributes: { email: 'pizza.dave@example.com' } } },
				},
			},
		});
	});

	it('maps phone_number and person_id', async () => {
		const sam = t.emu.store.addProfile({ phone_number: '+12223334444' });
		const dave = t.emu.store.addProfile({ email: 'dave@example.com' });
		await t.klaviyo.dataPrivacy.requestProfileDeletion({
			identifier: '+12223334444',
			id_type: 'phone_number',
		});
		await t.klaviyo.dataPrivacy.requestProfileDeletion({ identifier: dave.id, id_type: 'person_id' });
		expect(t.emu.store.profiles.has(sam.id)).toBe(false);
		expect(t.emu.store.profiles.has(dave.id)).toBe(false);
		expect(t.emu.requests[1]!.body).toMatchObject({
			data: { attributes: { profile: { data: { type: 'profile', id: dave.id, attributes: {} } } } },
		});
	});

	it('keeps node-klaviyo’s id_type message and now also requires the identifier', () => {
		const request = t.klaviyo.dataPrivacy.requestProfileDeletion.bind(t.klaviyo.dataPrivacy);
		expectInvalid(
			t.emu,
			() => request({ identifier: 'a@example.com', id_type: 'external_id' as never }),
			'id_type invalid, please use either email, phone_number or person_id',
			'id_type',
		);
		expectInvalid(t.emu, () => request({} as never), 'Identifier was not provided.', 'identifier');
		expectInvalid(t.emu, () => request(undefined as never), 'Identifier was not provided.');
	});

	it('is not retried, and surfaces the error', async () => {
		t.emu.faults.add({ path: '/api/data-privacy-deletion-jobs', status: 503 });
		const error = await rejection(
			t.client({ maxRetries: 3 }).dataPrivacy.requestProfileDeletion({ identifier: 'a@example.com' }),
		);
		expect(error).toBeInstanceOf(KlaviyoServerError);
		expect(t.emu.requests).toHaveLength(1);
	});
});

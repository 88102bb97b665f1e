import { describe, expect, it } from 'vitest';
import { KlaviyoApiError } from '../../src/core/errors.js';
import { LIMITS } from '../../src/private/index.js';
import { expectInvalid, rejection, sent, useEmulator } from './setup.js';

const t = useEmulator();

const people = (count: number, prefix = 'p') =>
	Array.from({ length: count }, (_, i) => ({ email: `${prefix}${i}@example.com` }));
const profilesIn = (body: unknown) =>
	(body as { data: { attributes: { profiles: { data: unknown[] } } } }).data.attributes.profiles.data.length;

describe('profiles.bulkImport', () => {
	it('sends exactly 10,000 profiles as one job', async () => {
		const result = await t.klaviyo.profiles.bulkImport(people(10_000));
		expect(result).toMatchObject({ sent: 10_000, failed: 0 });
		expect(result.chunks).toHaveLength(1);
		expect(result.chunks[0]!.job).toMatchObject({
			type: 'profile-bulk-import-job',
			attributes: { total_count: 10_000 },
		});
		expect(t.emu.requests.map((r) => profilesIn(r.body))).toEqual([10_000]);
	});

	it('splits 10,001 profiles into two jobs', async () => {
		const result = await t.klaviyo.profiles.bulkImport(people(10_001));
		expect(result.chunks.map(({ offset, count }) => [offset, count])).toEqual([
			[0, 10_000],
			[10_000, 1],
		]);
		expect(result.chunks.map((c) => c.job!.attributes.total_count)).toEqual([10_000, 1]);
		expect(t.emu.requests.map((r) => profilesIn(r.body))).toEqual([10_000, 1]);
	});

	it('splits by serialized size (no job body over 5 MB), and waits for every job, reporting progress', async () => {
		const profiles = people(60).map((p) => ({ ...p, properties: { notes: 'x'.repeat(90_000) } }));
		const seen: Array<[string, string]> = [];
		const result = await t.klaviyo.profiles.bulkImport(profiles, {
			wait: { pollInterval: 1, onProgress: (job) => seen.push([job.id, job.attributes.status]) },
		});
		expect(result.chunks.map((c) => c.count)).toEqual([55, 5]);
		const posts = t.emu.requests.filter((r) => r.method === 'POST');
		for (const request of posts) {
			expect(new TextEncoder().encode(JSON.stringify(request.body)).length).toBeLessThanOrEqual(
				LIMITS.jobBytes,
			);
		}
		for (const chunk of result.chunks) {
			expect(chunk.job!.attributes).toMatchObject({ status: 'complete', completed_count: chunk.count });
			const updates = seen.filter(([id]) => id === chunk.job!.id).map(([, status]) => status);
			expect(updates.length).toBeGreaterThan(1);
			expect(updates.at(-1)).toBe('complete');
		}
		expect(t.emu.store.profiles.size).toBe(60);
	});

	it('attaches lists', async () => {
		const list = t.emu.store.addList({ name: 'VIP' });
		const result = await t.klaviyo.profiles.bulkImport(people(2), {
			listIds: [list.id],
			wait: { pollInterval: 1 },
		});
		expect(result.chunks[0]!.job!.attributes.status).toBe('complete');
		expect(list.members.size).toBe(2);
	});

	it('a job whose polling fails is still reported as accepted, with the reason its outcome is unknown', async () => {
		t.emu.faults.add({ path: '/api/profile-bulk-import-jobs/*', method: 'GET', status: 404 });
		const result = await t
			.client({ maxRetries: 0 })
			.profiles.bulkImport(people(2), { wait: { pollInterval: 1 } });
		expect(result.sent).toBe(2);
		expect(result.chunks[0]).toMatchObject({ ok: true, job: { attributes: { status: 'queued' } } });
		expect(result.chunks[0]!.error).toBeInstanceOf(KlaviyoApiError);
		expect(result.chunks[0]!.error).toMatchObject({ statusCode: 404 });
	});

	it('validates before sending', () => {
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.bulkImport([{ email: 'a@example.com' }, { first_name: 'Nobody' }]),
			'must have an email, phone_number, external_id or _kx',
			'profiles.1',
		);
		expectInvalid(
			t.emu,
			() =>
				t.klaviyo.profiles.bulkImport([{ email: 'a@example.com', properties: { x: 'x'.repeat(100_000) } }]),
			/at most 100,000 bytes/,
			'profiles.0',
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.bulkImport(people(1), { listIds: [''] }),
			'must not be empty',
			'listIds.0',
		);
	});

	it('is not retried (a repeated job would import twice) and rejects when nothing was accepted', async () => {
		t.emu.faults.add({ path: '/api/profile-bulk-import-jobs', status: 503 });
		const error = await rejection(t.client({ maxRetries: 3 }).profiles.bulkImport(people(1)));
		expect(error.statusCode).toBe(503);
		expect(t.emu.requests).toHaveLength(1);
	});
});

describe('profiles.getImportJob / waitForImportJob', () => {
	it('reads a job, and polls it to completion', async () => {
		const { chunks } = await t.klaviyo.profiles.bulkImport(people(3));
		const id = chunks[0]!.job!.id;
		const statuses: string[] = [];
		const job = await t.klaviyo.profiles.waitForImportJob(id, {
			pollInterval: 1,
			onProgress: (j) => statuses.push(j.attributes.status),
		});
		expect(job.attributes).toMatchObject({ status: 'complete', completed_count: 3, failed_count: 0 });
		expect(statuses.at(-1)).toBe('complete');
		expect(statuses.length).toBeGreaterThan(1);
		const doc = await t.klaviyo.profiles.getImportJob(id);
		expect(doc.data.attributes.status).toBe('complete');
	});

	it('validates and surfaces a 404', async () => {
		expectInvalid(t.emu, () => t.klaviyo.profiles.getImportJob(''), 'Job ID was not provided.');
		expect((await rejection(t.klaviyo.profiles.getImportJob('01NOPE'))).statusCode).toBe(404);
	});

	it('stops waiting when the signal aborts', async () => {
		const { chunks } = await t.klaviyo.profiles.bulkImport(people(1));
		const controller = new AbortController();
		const waiting = t.klaviyo.profiles.waitForImportJob(chunks[0]!.job!.id, {
			pollInterval: 60_000,
			signal: controller.signal,
			onProgress: () => controller.abort(new Error('stop')),
		});
		await expect(waiting).rejects.toThrow('stop');
	});
});

describe('profiles.subscribe', () => {
	it('sends exactly 1,000 profiles as one job', async () => {
		const result = await t.klaviyo.profiles.subscribe(people(1000));
		expect(result).toMatchObject({ sent: 1000, failed: 0 });
		expect(t.emu.requests.map((r) => profilesIn(r.body))).toEqual([1000]);
	});

	it('splits 1,001 profiles into two jobs', async () => {
		const list = t.emu.store.addList({ name: 'News' });
		const result = await t.klaviyo.profiles.subscribe(people(1001), {
			listId: list.id,
			customSource: 'Checkout',
		});
		expect(result.chunks.map((c) => [c.offset, c.count, c.ok])).toEqual([
			[0, 1000, true],
			[1000, 1, true],
		]);
		expect(t.emu.requests.map((r) => profilesIn(r.body))).toEqual([1000, 1]);
		expect(list.members.size).toBe(1001);
		expect(t.emu.store.profileByEmail('p1000@example.com')!.subscriptions.email.marketing.method_detail).toBe(
			'Checkout',
		);
	});

	it('defaults the channels to the identifiers given', async () => {
		await t.klaviyo.profiles.subscribe([{ email: 'a@example.com', phone_number: '+12223334444' }]);
		expect(t.emu.requests[0]!.body).toMatchObject({
			data: {
				attributes: {
					profiles: {
						data: [
							{
								attributes: {
									subscriptions: {
										email: { marketing: { consent: 'SUBSCRIBED' } },
										sms: { marketing: { consent: 'SUBSCRIBED' } },
									},
								},
							},
						],
					},
				},
			},
		});
		const profile = t.emu.store.profileByEmail('a@example.com')!;
		expect(profile.subscriptions.sms.marketing.consent).toBe('SUBSCRIBED');
	});

	it('reports a failed chunk with its error and offset', async () => {
		t.emu.faults.add({ path: '/api/profile-subscription-bulk-create-jobs', status: 400, nth: [2] });
		const result = await t.klaviyo.profiles.subscribe(people(2500));
		expect(result).toMatchObject({ sent: 1500, failed: 1000 });
		expect(result.chunks[1]).toMatchObject({ offset: 1000, count: 1000, ok: false });
		expect(result.chunks[1]!.error).toBeInstanceOf(KlaviyoApiError);
	});

	it('validates', () => {
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.subscribe([{ email: 'a@example.com' }, {}]),
			'must have an email or a phone_number',
			'profiles.1',
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.subscribe(people(1), { listId: '' }),
			'must not be empty',
			'listId',
		);
		// The protocol layer's rules, as on every other path, naming the profile's position.
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.subscribe([...people(2), { email: 'not-an-email' }]),
			'must be an email',
			'profiles.2.email',
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.subscribe([{ phone_number: '5005550006' }]),
			'must be E.164',
			'profiles.0.phone_number',
		);
	});
});

describe('profiles.unsubscribe', () => {
	it('sends exactly 100 profiles as one job', async () => {
		const result = await t.klaviyo.profiles.unsubscribe(people(100));
		expect(result).toMatchObject({ sent: 100, failed: 0 });
		expect(t.emu.requests.map((r) => profilesIn(r.body))).toEqual([100]);
		expect(t.emu.store.profileByEmail('p0@example.com')!.subscriptions.email.marketing.consent).toBe(
			'UNSUBSCRIBED',
		);
	});

	it('splits 101 profiles into two jobs', async () => {
		const result = await t.klaviyo.profiles.unsubscribe(people(101));
		expect(result.chunks.map((c) => c.count)).toEqual([100, 1]);
		expect(sent(t.emu)).toEqual([
			'POST /api/profile-subscription-bulk-delete-jobs',
			'POST /api/profile-subscription-bulk-delete-jobs',
		]);
	});

	it('validates', () => {
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.unsubscribe('a@example.com' as never),
			'must be an array of profiles',
		);
		expectInvalid(
			t.emu,
			() => t.klaviyo.profiles.unsubscribe([{ email: 7 as never }]),
			'must be an email',
			'profiles.0.email',
		);
	});

	it('rejects when nothing was accepted', async () => {
		t.emu.faults.add({ path: '/api/profile-subscription-bulk-delete-jobs', status: 500 });
		expect((await rejection(t.klaviyo.profiles.unsubscribe(people(1)))).statusCode).toBe(500);
	});
});

import { describe, expect, it } from 'vitest';
import { bulkJobs, KlaviyoApiError, KlaviyoValidationError, ProfilesApi } from '../../src/api/index.js';
import { useApi } from './setup.js';

const t = useApi();

const profile = (i: number) => ({
	type: 'profile' as const,
	attributes: { email: `shopper${i}@example.com` },
});
const subscriber = (i: number) => ({
	type: 'profile' as const,
	attributes: {
		email: `shopper${i}@example.com`,
		subscriptions: { email: { marketing: { consent: 'SUBSCRIBED' as const } } },
	},
});

describe('bulkJobs', () => {
	it('splits at the documented maximum (1,000 profiles per subscription job) and sends every part', async () => {
		const list = t.emu.store.addList({ name: 'Newsletter' });
		const profiles = new ProfilesApi(t.connection);
		const items = Array.from({ length: 2500 }, (_, i) => subscriber(i));
		const result = await bulkJobs(profiles, 'profile-subscription-bulk-create-job', items, {
			attributes: { custom_source: 'Checkout' },
			relationships: { list: { data: { type: 'list', id: list.id } } },
		});
		expect(result.chunks.map(({ offset, count, ok }) => ({ offset, count, ok }))).toEqual([
			{ offset: 0, count: 1000, ok: true },
			{ offset: 1000, count: 1000, ok: true },
			{ offset: 2000, count: 500, ok: true },
		]);
		expect(result).toMatchObject({ sent: 2500, failed: 0 });
		const bodies = t.emu.requests.map((r) => r.body as { data: { attributes: Record<string, unknown> } });
		expect(bodies.map((b) => (b.data.attributes.profiles as { data: unknown[] }).data.length)).toEqual([
			1000, 1000, 500,
		]);
		expect(bodies[0]!.data).toMatchObject({
			type: 'profile-subscription-bulk-create-job',
			attributes: { custom_source: 'Checkout' },
			relationships: { list: { data: { id: list.id } } },
		});
		expect(t.emu.lists().find((l) => l.id === list.id)!.members).toHaveLength(2500);
	});

	it('with wait, awaits each job to its end: chunks carry the final documents', async () => {
		const profiles = new ProfilesApi(t.connection);
		const items = Array.from({ length: 10_001 }, (_, i) => profile(i));
		const result = await bulkJobs(profiles, 'profile-bulk-import-job', items, { wait: { interval: 1 } });
		expect(result.chunks.map((c) => c.count)).toEqual([10_000, 1]);
		expect(result.chunks.map((c) => c.job?.data.attributes.status)).toEqual(['complete', 'complete']);
		expect(result.chunks.map((c) => c.job?.data.attributes.completed_count)).toEqual([10_000, 1]);
		expect(t.emu.profiles()).toHaveLength(10_001);
	});

	it('records a job Klaviyo refused and goes on with the next', async () => {
		t.emu.faults.add({
			method: 'POST',
			path: '/api/profile-subscription-bulk-delete-jobs',
			status: 400,
			nth: [2],
		});
		const items = Array.from({ length: 250 }, (_, i) => ({
			type: 'profile' as const,
			attributes: {
				email: `shopper${i}@example.com`,
				subscriptions: { email: { marketing: { consent: 'UNSUBSCRIBED' as const } } },
			},
		}));
		const result = await bulkJobs(t.connection, 'profile-subscription-bulk-delete-job', items);
		expect(result.chunks.map(({ offset, count, ok }) => ({ offset, count, ok }))).toEqual([
			{ offset: 0, count: 100, ok: true },
			{ offset: 100, count: 100, ok: false },
			{ offset: 200, count: 50, ok: true },
		]);
		expect(result.chunks[1]!.error).toBeInstanceOf(KlaviyoApiError);
		expect(result).toMatchObject({ sent: 150, failed: 100 });
	});

	it('rejects with the first error when no job was accepted', async () => {
		t.emu.faults.add({ method: 'POST', path: '/api/profile-bulk-import-jobs', status: 403, times: 5 });
		await expect(bulkJobs(t.connection, 'profile-bulk-import-job', [profile(1)])).rejects.toMatchObject({
			statusCode: 403,
		});
	});

	it('refuses bad input before any request', () => {
		const refused = (call: () => unknown, field: string) => {
			let error: unknown;
			try {
				call();
			} catch (thrown) {
				error = thrown;
			}
			expect(error).toBeInstanceOf(KlaviyoValidationError);
			expect((error as KlaviyoValidationError).field).toBe(field);
		};
		refused(() => bulkJobs(t.connection, 'no-such-job' as never, []), 'type');
		refused(() => bulkJobs(t.connection, 'profile-bulk-import-job', 'ada@example.com' as never), 'items');
		refused(() => bulkJobs(t.connection, 'profile-bulk-import-job', [profile(0), 'x' as never]), 'items.1');
		// "The maximum allowed payload size per-profile is 100KB."
		const big = {
			type: 'profile' as const,
			attributes: { email: 'big@example.com', properties: { blob: 'x'.repeat(100_001) } },
		};
		refused(() => bulkJobs(t.connection, 'profile-bulk-import-job', [profile(0), big]), 'items.1');
		expect(t.emu.requests).toEqual([]);
	});

	it('splits at the payload’s bytes too (5 MB per import job)', async () => {
		// 60 profiles of ~95 KB: 52 fit in 5 MB.
		const items = Array.from({ length: 60 }, (_, i) => ({
			type: 'profile' as const,
			attributes: { email: `heavy${i}@example.com`, properties: { notes: 'x'.repeat(95_000) } },
		}));
		const result = await bulkJobs(t.connection, 'profile-bulk-import-job', items);
		expect(result.chunks.map((c) => c.count)).toEqual([52, 8]);
		for (const r of t.emu.requests)
			expect(new TextEncoder().encode(JSON.stringify(r.body)).length).toBeLessThanOrEqual(5_000_000);
	});
});

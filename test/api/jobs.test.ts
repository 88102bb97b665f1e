import { describe, expect, it } from 'vitest';
import {
	type JobDocument,
	KlaviyoTimeoutError,
	KlaviyoValidationError,
	ProfilesApi,
	waitForJob,
} from '../../src/api/index.js';
import { useApi } from './setup.js';

// A job reports `processing` for 3 GETs, then `complete`.
const t = useApi({ jobSteps: 3 });

const importBody = (emails: string[]) => ({
	data: {
		type: 'profile-bulk-import-job' as const,
		attributes: {
			profiles: { data: emails.map((email) => ({ type: 'profile' as const, attributes: { email } })) },
		},
	},
});

async function startImport(profiles = new ProfilesApi(t.connection)) {
	const created = await profiles.bulkImportProfiles(importBody(['ada@example.com', 'grace@example.com']));
	return { profiles, created };
}

describe('waitForJob', () => {
	it('polls the job’s status endpoint until it has ended, with growing pauses, and returns its final document', async () => {
		const { profiles, created } = await startImport();
		expect(created.data.attributes.status).toBe('queued');
		const seen: Array<{ status: string; at: number }> = [];
		const started = Date.now();
		const done = await waitForJob(profiles, created, {
			interval: 40,
			onProgress: (job) => seen.push({ status: job.data.attributes.status, at: Date.now() - started }),
		});
		expect(done.data).toMatchObject({ type: 'profile-bulk-import-job', id: created.data.id });
		expect(done.data.attributes).toMatchObject({ status: 'complete', completed_count: 2, failed_count: 0 });
		expect(seen.map((s) => s.status)).toEqual(['processing', 'processing', 'processing', 'complete']);
		// Pauses of 40, 60, 90 ms between the polls (×1.5 each).
		const pauses = seen.slice(1).map((s, i) => s.at - seen[i]!.at);
		expect(pauses[0]).toBeGreaterThanOrEqual(35);
		expect(pauses[1]).toBeGreaterThanOrEqual(55);
		expect(pauses[2]).toBeGreaterThanOrEqual(85);
		const polls = t.emu.requests.filter((r) => r.method === 'GET').map((r) => r.path);
		expect(polls).toEqual(Array(4).fill(`/api/profile-bulk-import-jobs/${created.data.id}`));
	});

	it('takes the job resource, or a connection instead of a class', async () => {
		const { created } = await startImport();
		const done = await waitForJob(t.connection, created.data, { interval: 1 });
		expect(done.data.attributes.status).toBe('complete');
	});

	it('waits what Retry-After says after a 429, then polls on', async () => {
		const { profiles, created } = await startImport();
		t.emu.faults.add({
			method: 'GET',
			path: `/api/profile-bulk-import-jobs/${created.data.id}`,
			status: 429,
			retryAfter: 1,
		});
		const started = Date.now();
		const done = await waitForJob(profiles, created, { interval: 1 });
		expect(done.data.attributes.status).toBe('complete');
		expect(Date.now() - started).toBeGreaterThanOrEqual(990);
		expect(t.emu.requests.filter((r) => r.method === 'GET').map((r) => r.status)).toEqual([
			429, 200, 200, 200, 200,
		]);
	});

	it('gives up with a KlaviyoTimeoutError after its timeout, polling a last time at the deadline', async () => {
		const { profiles, created } = await startImport();
		const started = Date.now();
		const error = await waitForJob(profiles, created, { interval: 100, timeout: 150 }).catch(
			(e: unknown) => e,
		);
		expect(error).toBeInstanceOf(KlaviyoTimeoutError);
		expect((error as Error).message).toContain(`profile-bulk-import-job ${created.data.id}`);
		expect(Date.now() - started).toBeGreaterThanOrEqual(150);
		expect(Date.now() - started).toBeLessThan(1000);
		// Polls at 0, 100 and 150 ms (the deadline), all still processing.
		expect(t.emu.requests.filter((r) => r.method === 'GET')).toHaveLength(3);
	});

	it('stops at once when its signal aborts', async () => {
		const { profiles, created } = await startImport();
		const controller = new AbortController();
		const waiting = waitForJob(profiles, created, { interval: 10_000, signal: controller.signal });
		setTimeout(() => controller.abort(new Error('shop closed')), 50);
		await expect(waiting).rejects.toThrow('shop closed');
		expect(t.emu.requests.filter((r) => r.method === 'GET')).toHaveLength(1);
	});

	it('refuses, before any request, a job Klaviyo gives no status endpoint', () => {
		const profiles = new ProfilesApi(t.connection);
		for (const job of [
			{ data: { type: 'profile-subscription-bulk-create-job', id: 'x' } },
			{ type: 'event-bulk-create-job', id: 'x' },
			{ data: { type: 'catalog-item-bulk-create-job' } },
			undefined,
		]) {
			expect(() => waitForJob(profiles, job as never)).toThrow(KlaviyoValidationError);
		}
		expect(t.emu.requests).toEqual([]);
	});

	it('types the document it returns', async () => {
		const { profiles, created } = await startImport();
		const done: JobDocument = await waitForJob(profiles, created, { interval: 1 });
		expect(done.data.attributes.errors ?? []).toEqual([]);
	});
});

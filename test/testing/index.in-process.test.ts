import { createEmulator } from 'klaviyo-edge/testing';
import { expect, it } from 'vitest';
import { expectedRun, inProcessRun } from './in-process.js';

it('an in-process emulator is a client fetch: track, read back, list members, an outage', async () => {
	expect(await inProcessRun('vitest')).toEqual(expectedRun('vitest'));
});

it('a stalled request ends when the client aborts it, recorded with no answer', async () => {
	const emulator = createEmulator();
	emulator.faults.add({ path: '/api/lists', delayMs: 10_000 });
	const started = Date.now();
	const call = emulator.fetch('https://a.klaviyo.com/api/lists', {
		headers: { revision: '2026-07-15', authorization: `Klaviyo-API-Key ${emulator.privateKey}` },
		signal: AbortSignal.timeout(100),
	});
	await expect(call).rejects.toMatchObject({ name: 'TimeoutError' });
	expect(Date.now() - started).toBeLessThan(5_000);
	expect(emulator.requests).toMatchObject([{ path: '/api/lists', status: 0, faulted: 'delay 10000ms' }]);
});

it('reset() forgets requests, the account and faults', async () => {
	const emulator = createEmulator();
	emulator.faults.add({ path: '/api/lists', status: 500, times: Number.POSITIVE_INFINITY });
	const headers = { revision: '2026-07-15', authorization: `Klaviyo-API-Key ${emulator.privateKey}` };
	expect((await emulator.fetch('https://a.klaviyo.com/api/lists', { headers })).status).toBe(500);
	emulator.store.addProfile({ email: 'seeded@example.com' });
	emulator.reset();
	expect(emulator.requests).toEqual([]);
	expect(emulator.profiles()).toEqual([]);
	expect((await emulator.fetch('https://a.klaviyo.com/api/lists', { headers })).status).toBe(200);
});

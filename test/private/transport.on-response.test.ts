import { createEmulator } from 'klaviyo-edge/testing';
import { describe, expect, it } from 'vitest';
import { connect } from '../../src/private/connection.js';

describe('Transport onResponse', () => {
	it('sees every attempt’s response before the body is read; the call still resolves with the body', async () => {
		const emu = createEmulator();
		emu.faults.add({ method: 'GET', path: '/api/lists', status: 503 });
		const seen: Array<[number, string | null]> = [];
		const connection = connect(emu.privateKey, { fetch: emu.fetch, rateLimiter: false, maxRetries: 1 });
		const page = await connection.request<{ data: unknown[] }>('GET', '/api/lists', {
			onResponse: (response) => {
				expect(response.bodyUsed).toBe(false);
				seen.push([response.status, response.headers.get('content-type')]);
			},
		});
		expect(page.data).toEqual([]);
		expect(seen.map(([status]) => status)).toEqual([503, 200]);
		expect(seen[1]![1]).toContain('json');
	});

	it('sees the response of a call that fails', async () => {
		const emu = createEmulator();
		const statuses: number[] = [];
		const connection = connect(emu.privateKey, { fetch: emu.fetch, rateLimiter: false, maxRetries: 0 });
		await expect(
			connection.request('GET', '/api/lists/nope', { onResponse: (r) => statuses.push(r.status) }),
		).rejects.toMatchObject({ statusCode: 404 });
		expect(statuses).toEqual([404]);
	});
});

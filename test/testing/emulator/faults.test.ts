import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { api, expectKlaviyoError, listBody, startTestEmulator } from './helpers.js';

const emu = await startTestEmulator();
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const getLists = () => api(emu, 'GET', '/api/lists');
const statuses = async (count: number) => {
	const result: number[] = [];
	for (let i = 0; i < count; i++) result.push((await getLists()).status);
	return result;
};

describe('status faults', () => {
	it('answers with the status, a JSON:API error and Retry-After in seconds', async () => {
		emu.faults.add({ path: '/api/lists', status: 429, retryAfter: 7 });
		const reply = await getLists();
		const [error] = expectKlaviyoError(reply, 429, 'throttled');
		expect(reply.headers.get('retry-after')).toBe('7');
		expect(error!.detail).toMatch(/7 seconds/);
		expect(emu.requests[0]).toMatchObject({ status: 429, faulted: 'status 429', valid: true });
		expect((await getLists()).status).toBe(200); // times defaults to 1
	});

	it('Retry-After may be an HTTP date', async () => {
		const at = new Date(Date.now() + 30_000).toUTCString();
		emu.faults.add({ path: '/api/lists', status: 503, retryAfter: at });
		const reply = await getLists();
		expectKlaviyoError(reply, 503);
		expect(reply.headers.get('retry-after')).toBe(at);
	});

	it('uses a custom body when given (JSON or raw text)', async () => {
		emu.faults.add({ path: '/api/lists', status: 500, body: { message: 'boom' } });
		emu.faults.add({ path: '/api/lists', status: 524, body: '<html>timeout</html>' });
		const json = await getLists();
		expect(json.body).toEqual({ message: 'boom' });
		const html = await getLists();
		expect(html.status).toBe(524);
		expect(html.headers.get('content-type')).toContain('text/html');
		expect(html.body).toBe('<html>timeout</html>');
	});

	it('applies before validation, but the request is still checked and recorded', async () => {
		emu.faults.add({ path: '/api/lists', status: 502 });
		const reply = await api(emu, 'GET', '/api/lists', { headers: { authorization: '' } });
		expect(reply.status).toBe(502);
		expect(emu.requests[0]).toMatchObject({ faulted: 'status 502', valid: false });
		expect(emu.requests[0]!.violations[0]).toMatch(/^401 not_authenticated/);
	});

	it('a faulted POST does not change state', async () => {
		emu.faults.add({ method: 'POST', path: '/api/lists', status: 503 });
		expect((await api(emu, 'POST', '/api/lists', { body: listBody('never') })).status).toBe(503);
		expect(emu.store.lists.size).toBe(0);
	});
});

describe('selection', () => {
	it('times consumes one use per matching request, in order', async () => {
		emu.faults.add({ path: '/api/lists', status: 500, times: 2 });
		emu.faults.add({ path: '/api/lists', status: 429 });
		expect(await statuses(4)).toEqual([500, 500, 429, 200]);
	});

	it('times: Infinity never runs out', async () => {
		emu.faults.add({ path: '/api/lists', status: 503, times: Number.POSITIVE_INFINITY });
		expect(await statuses(3)).toEqual([503, 503, 503]);
	});

	it('nth picks 1-based positions among matching requests', async () => {
		emu.faults.add({ path: '/api/lists', status: 500, nth: [2, 4] });
		expect(await statuses(5)).toEqual([200, 500, 200, 500, 200]);
	});

	it('rate is a probability per request', async () => {
		emu.faults.add({ path: '/api/lists', status: 500, rate: 1 });
		emu.faults.add({ path: '/api/metrics', status: 500, rate: 0 });
		expect(await statuses(3)).toEqual([500, 500, 500]);
		expect((await api(emu, 'GET', '/api/metrics')).status).toBe(200);
	});

	it('matches method and path prefixes', async () => {
		emu.faults.add({ path: '/api/*', method: 'post', status: 500, times: Number.POSITIVE_INFINITY });
		expect((await getLists()).status).toBe(200);
		expect((await api(emu, 'POST', '/api/lists', { body: listBody('x') })).status).toBe(500);
		expect((await api(emu, 'POST', '/api/profile-import', { body: {} })).status).toBe(500);
	});

	it('rejects rules that do nothing or are malformed', () => {
		expect(() => emu.faults.add({ path: '/api/lists' })).toThrow(TypeError);
		expect(() => emu.faults.add({ status: 42 })).toThrow(/status/);
		expect(() => emu.faults.add({ status: 500, rate: 2 })).toThrow(/rate/);
		expect(() => emu.faults.add({ status: 500, nth: [0] })).toThrow(/nth/);
	});

	it('clear() removes every rule', async () => {
		emu.faults.add({ status: 500, times: Number.POSITIVE_INFINITY });
		emu.faults.clear();
		expect((await getLists()).status).toBe(200);
	});
});

describe('network faults', () => {
	it('delayMs answers normally after the delay', async () => {
		emu.faults.add({ path: '/api/lists', delayMs: 100 });
		const started = Date.now();
		const reply = await getLists();
		expect(reply.status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(95);
		expect(emu.requests[0]).toMatchObject({ faulted: 'delay 100ms', status: 200 });
	});

	it('a client that times out during a delay does not hurt the server', async () => {
		emu.faults.add({ path: '/api/lists', delayMs: 150 });
		const aborted = fetch(`${emu.url}/api/lists`, {
			headers: { revision: '2026-07-15', authorization: `Klaviyo-API-Key ${emu.privateKey}` },
			signal: AbortSignal.timeout(30),
		});
		await expect(aborted).rejects.toThrow();
		await new Promise((resolve) => setTimeout(resolve, 180));
		expect((await getLists()).status).toBe(200);
		expect(emu.requests.map((r) => r.status)).toEqual([0, 200]);
	});

	it('delay can be combined with a status', async () => {
		emu.faults.add({ path: '/api/lists', delayMs: 50, status: 504 });
		expect((await getLists()).status).toBe(504);
		expect(emu.requests[0]!.faulted).toBe('delay 50ms + status 504');
	});

	it('drop destroys the connection without an answer', async () => {
		emu.faults.add({ path: '/api/lists', drop: true });
		await expect(getLists()).rejects.toThrow(/fetch failed/);
		expect(emu.requests[0]).toMatchObject({ status: 0, faulted: 'drop' });
		expect((await getLists()).status).toBe(200);
	});
});

import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { KlaviyoTimeoutError } from '../../src/core/errors.js';
import { listBody, rejectionOf, setup } from '../core/helpers.js';

/** What the private transport puts on the wire around the caller's own options. */
const { emu, transport } = await setup();
afterAll(() => emu.close());
beforeEach(() => emu.reset());

describe('headers', () => {
	it('a caller header never joins or replaces auth, revision, accept or content-type, whatever its case', async () => {
		const t = transport({
			headers: { Authorization: 'Bearer other', Revision: '2020-01-01', 'X-Shop': 'pizza' },
		});
		await t.request('POST', '/api/lists', {
			body: listBody('Headers'),
			headers: { 'Content-Type': 'text/plain', Accept: 'text/html' },
		});
		const [request] = emu.requests;
		expect(request?.status).toBe(201);
		expect(request?.headers).toMatchObject({
			authorization: `Klaviyo-API-Key ${emu.privateKey}`,
			revision: '2026-07-15',
			accept: 'application/vnd.api+json',
			'content-type': 'application/vnd.api+json',
			'x-shop': 'pizza',
		});
		expect(emu.invalidRequests()).toEqual([]);
	});

	it("a call's header replaces the client's of the same name in another case", async () => {
		await transport({ headers: { 'X-Shop': 'client' } }).request('GET', '/api/lists', {
			headers: { 'x-shop': 'call' },
		});
		expect(emu.requests[0]?.headers['x-shop']).toBe('call');
	});
});

describe('timeout', () => {
	it('0 means no timeout, as for the public client (not an attempt that times out at once)', async () => {
		emu.faults.add({ path: '/api/lists', delayMs: 200 });
		await expect(transport({ timeout: 0 }).request('GET', '/api/lists')).resolves.toMatchObject({ data: [] });
		expect(emu.requests).toHaveLength(1);
	});
});

describe('signals', () => {
	it("the client's signal aborts a call that passes a signal of its own", async () => {
		emu.faults.add({ path: '/api/lists', delayMs: 3000 });
		const client = new AbortController();
		const call = new AbortController();
		const pending = transport({ signal: client.signal, maxRetries: 3 }).request('GET', '/api/lists', {
			signal: call.signal,
		});
		setTimeout(() => client.abort(new Error('shutting down')), 100);
		const error = await rejectionOf(pending);
		expect((error as Error).message).toBe('shutting down');
		// Ended by the abort, before the emulator's 3 s answer, and not retried.
		expect(emu.requests.map((r) => r.status)).toEqual([0]);
	});

	it("the call's signal still aborts it", async () => {
		emu.faults.add({ path: '/api/lists', delayMs: 3000 });
		const call = new AbortController();
		const pending = transport({ signal: new AbortController().signal }).request('GET', '/api/lists', {
			signal: call.signal,
		});
		setTimeout(() => call.abort(new Error('user gave up')), 100);
		expect(((await rejectionOf(pending)) as Error).message).toBe('user gave up');
	});
});

describe('a response whose body stalls', () => {
	it('times out and is retried like any slow attempt, instead of hanging the caller', async () => {
		// Klaviyo's headers arrive, then the body never finishes: only a test server can do this.
		let attempts = 0;
		const sockets = new Set<Socket>();
		const server = createServer((_request, response) => {
			attempts++;
			response.writeHead(200, { 'content-type': 'application/vnd.api+json' });
			response.write('{"data": [');
		});
		server.on('connection', (socket) => sockets.add(socket));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		try {
			// The body never ends: only a timer that covers it can end the call (else the test times out).
			const error = await rejectionOf(
				transport({ baseUrl, timeout: 200, maxRetries: 1 }).request('GET', '/api/lists'),
			);
			expect(error).toBeInstanceOf(KlaviyoTimeoutError);
			expect(attempts).toBe(2);
		} finally {
			for (const socket of sockets) socket.destroy();
			server.close();
		}
	});
});

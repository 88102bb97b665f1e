/**
 * A body that never ends costs the relay at most its cap: 400 MB streamed at it (chunked, no
 * Content-Length) over a real socket through the node:http adapter, and straight into the handler.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { relayListener } from '../../../adapters/node.js';
import { createRelay, MAX_BODY_BYTES } from '../../../adapters/relay.js';

const TOTAL = 400 * 1024 * 1024;
const CHUNK = new Uint8Array(64 * 1024).fill(0x7b); // '{'
const MB = 1024 * 1024;

let emu: EmulatorServer;
let server: Server;
let port: number;
beforeAll(async () => {
	emu = await startEmulator();
	server = createServer(relayListener({ publicKey: emu.publicKey, baseUrl: emu.url }));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
	await emu.close();
});

/**
 * Streams all of `TOTAL` bytes as a chunked POST, whatever the relay answers meanwhile, until the
 * relay (or its host) drops the socket; resolves with the answer and how much was sent.
 */
function flood(
	headers: Record<string, string> = {},
): Promise<{ status: number; sent: number; body: string }> {
	return new Promise((resolve, reject) => {
		let sent = 0;
		let answer: { status: number; body: string } | undefined;
		let finished = false;
		const settle = () => {
			if (answer && finished) resolve({ ...answer, sent });
		};
		const req = httpRequest(
			{ host: '127.0.0.1', port, method: 'POST', path: '/k/track', headers },
			(response) => {
				let body = '';
				response.setEncoding('utf8');
				response.on('data', (chunk) => {
					body += chunk;
				});
				response.on('end', () => {
					answer = { status: response.statusCode!, body };
					settle();
				});
			},
		);
		const stop = () => {
			finished = true;
			settle();
		};
		req.on('error', (error) => (answer ? stop() : reject(error)));
		req.on('close', stop);
		const pump = () => {
			while (sent < TOTAL && !req.destroyed) {
				sent += CHUNK.byteLength;
				if (!req.write(CHUNK)) return void req.once('drain', pump);
			}
			if (!req.destroyed) req.end(stop);
		};
		pump();
	});
}

it('a 400 MB chunked body over node:http: 413, and the process grows by less than 16 MB', async () => {
	await flood({ 'content-type': 'text/plain' }); // warm up: sockets, buffers, JIT
	const before = process.memoryUsage().rss;
	let peak = before;
	const sampler = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage().rss);
	}, 5);
	const { status, body, sent } = await flood({ 'content-type': 'text/plain' });
	clearInterval(sampler);
	peak = Math.max(peak, process.memoryUsage().rss);
	expect(status).toBe(413);
	expect(JSON.parse(body).errors[0].detail).toMatch(/larger than/);
	const grown = (peak - before) / MB;
	console.log(
		`relay memory: rss grew ${grown.toFixed(1)} MB; the socket took ${(sent / MB).toFixed(0)} MB of the 400 MB before the relay dropped it`,
	);
	expect(grown).toBeLessThan(16);
	expect(emu.requests).toEqual([]);
}, 60_000);

it('a declared Content-Length over the cap is refused before a byte of the body is read', async () => {
	const { status } = await flood({ 'content-length': String(TOTAL) });
	expect(status).toBe(413);
});

it('in the handler itself, reading stops at the cap: the rest of 400 MB is never pulled', async () => {
	const relay = createRelay({ publicKey: emu.publicKey, baseUrl: emu.url });
	let pulled = 0;
	let cancelled = false;
	const body = new ReadableStream<Uint8Array>({
		pull(controller) {
			if (pulled >= TOTAL) return controller.close();
			pulled += CHUNK.byteLength;
			controller.enqueue(CHUNK);
		},
		cancel() {
			cancelled = true;
		},
	});
	const answer = await relay(
		new Request('http://shop.test/k/track', { method: 'POST', body, duplex: 'half' } as RequestInit),
	);
	expect(answer.status).toBe(413);
	expect(cancelled).toBe(true);
	expect(pulled).toBeLessThanOrEqual(MAX_BODY_BYTES + 2 * CHUNK.byteLength);
});

/**
 * `klaviyo-edge/testing/node`: the emulator on a local port, for code that needs a URL
 * (a browser storefront, another process, `npm run emulator`). The same emulator as
 * `createEmulator()`, plus `url` and `close()`; this file only adapts node:http to its fetch.
 *
 *   const emulator = await startEmulator({ port: 4010 });
 *   // point a client's baseUrl (or a browser) at emulator.url
 *   await emulator.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DroppedConnection, type EmulatorCore } from './emulator/core.js';
import { coreFor, emulatorFor } from './emulator/create.js';
import type { EmulatorServer, EmulatorServerOptions } from './emulator/types.js';

export * from './index.js';

export async function startEmulator(options: EmulatorServerOptions = {}): Promise<EmulatorServer> {
	const host = options.host ?? '127.0.0.1';
	const core = coreFor(options);
	// A server answers its first request as fast as its next: the spec is read before it listens.
	await core.ready();
	const server = createServer((request, response) => void serve(core, request, response));
	// Keep-alive sockets would otherwise hold close() open until they time out.
	server.keepAliveTimeout = 1000;
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const { port } = server.address() as AddressInfo;
	const urlHost = host.includes(':') ? `[${host}]` : host;
	return {
		...emulatorFor(core),
		url: `http://${urlHost}:${port}`,
		port,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.close((error) => (error ? reject(error) : resolve()));
				server.closeAllConnections();
			}),
	};
}

/** One request: node:http → Request → the emulator → Response → node:http. */
async function serve(core: EmulatorCore, request: IncomingMessage, response: ServerResponse): Promise<void> {
	// A client that hangs up must never take the server down; it aborts the emulator's work.
	const hangUp = new AbortController();
	request.on('error', () => {});
	response.on('error', () => {});
	response.on('close', () => {
		if (!response.writableFinished) hangUp.abort(new DOMException('The client hung up.', 'AbortError'));
	});
	let answer: Response;
	try {
		answer = await core.fetch(await toRequest(request, hangUp.signal));
	} catch (error) {
		if (error instanceof DroppedConnection) request.socket.destroy();
		// Not a request fetch can hold (e.g. method TRACE): not one Klaviyo would answer either.
		else if (!hangUp.signal.aborted && !response.headersSent) response.writeHead(400).end();
		return;
	}
	if (response.destroyed || hangUp.signal.aborted) return;
	const headers: Record<string, string> = {};
	for (const [name, value] of answer.headers) headers[name] = value;
	if (answer.headers.get('content-type') === 'text/event-stream' && answer.body) {
		// The page's live feed: written as it comes, until either side stops.
		response.writeHead(answer.status, headers);
		response.flushHeaders();
		const reader = answer.body.getReader();
		hangUp.signal.addEventListener('abort', () => void reader.cancel().catch(() => {}), { once: true });
		try {
			for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
				response.write(chunk.value);
		} catch {
			// The client went away.
		}
		response.end();
		return;
	}
	const body = Buffer.from(await answer.arrayBuffer());
	if (answer.body !== null || body.length > 0) headers['content-length'] = String(body.length);
	response.writeHead(answer.status, headers);
	response.end(body.length > 0 ? body : undefined);
}

async function toRequest(request: IncomingMessage, signal: AbortSignal): Promise<Request> {
	const method = (request.method ?? 'GET').toUpperCase();
	const headers = new Headers();
	for (const [name, value] of Object.entries(request.headers)) {
		if (value === undefined) continue;
		for (const one of Array.isArray(value) ? value : [value]) {
			try {
				headers.append(name, one);
			} catch {
				// A header the fetch API cannot hold is not one Klaviyo reads.
			}
		}
	}
	const chunks: Buffer[] = [];
	if (method !== 'GET' && method !== 'HEAD') {
		// An aborted upload still gets recorded with whatever arrived.
		await new Promise<void>((resolve) => {
			request.on('data', (chunk: Buffer) => chunks.push(chunk));
			request.on('end', resolve);
			request.on('error', () => resolve());
			request.on('close', resolve);
		});
	}
	const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
	return new Request(url, {
		method,
		headers,
		body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
		signal,
	});
}

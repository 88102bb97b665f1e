/**
 * A tiny storefront origin for browser tests: serves pages and the SDK bundle, mounts the relay
 * under `/k/`, and logs every request it receives (so tests can count preflights).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RelayHandler } from '../../adapters/relay.js';

export interface Site {
	url: string;
	/** `METHOD /path?query` of every request, in order. */
	log: string[];
	/** Pages and files by path: `/` → HTML, `/sdk.js` → JavaScript… */
	files: Map<string, string>;
	close(): Promise<void>;
}

const TYPES: Record<string, string> = { js: 'text/javascript', html: 'text/html', css: 'text/css' };

export async function startSite(relay?: RelayHandler): Promise<Site> {
	const log: string[] = [];
	const files = new Map<string, string>();
	const server = createServer(async (request, response) => {
		log.push(`${request.method} ${request.url}`);
		const path = new URL(request.url!, 'http://site').pathname;
		if (relay && path.startsWith('/k/')) return forward(relay, request, response);
		const file = files.get(path);
		if (file === undefined) return void response.writeHead(404).end('not found');
		const type = TYPES[path.split('.').pop()!] ?? TYPES.html!;
		response
			.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' })
			.end(file);
	});
	server.keepAliveTimeout = 500;
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		log,
		files,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** Node's request → a fetch `Request` → the relay → back to Node's response. */
async function forward(
	relay: RelayHandler,
	request: IncomingMessage,
	response: ServerResponse,
): Promise<void> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	const headers = new Headers();
	for (const [name, value] of Object.entries(request.headers))
		if (typeof value === 'string') headers.set(name, value);
	const answer = await relay(
		new Request(`http://${request.headers.host}${request.url}`, {
			method: request.method,
			headers,
			body: chunks.length ? Buffer.concat(chunks) : undefined,
		}),
	);
	response.writeHead(answer.status, Object.fromEntries(answer.headers));
	response.end(Buffer.from(await answer.arrayBuffer()));
}

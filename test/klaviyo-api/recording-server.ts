/**
 * A plain HTTP server that records each request (method, path, query, headers, body) and answers
 * as Klaviyo would in shape: the operation's success status and a plausible document from the
 * spec's response schema. Not the emulator: it checks nothing, so both SDKs' requests reach it as sent.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { operations, type Schema, spec } from '../../scripts/klaviyo-api-sdk.mjs';
import { sample } from './samples.js';

export interface Recorded {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: IncomingMessage['headers'];
	contentType: string;
	body: string;
	bytes: Buffer;
}

const routes = [...operations.values()].map((op) => {
	const item = spec.paths[op.path];
	const method = Object.keys(item)
		.find((m) => item[m].operationId === op.id)!
		.toUpperCase();
	const [status, response] = Object.entries<Schema>(item[method.toLowerCase()].responses).find(([code]) =>
		/^2/.test(code),
	)!;
	const schema = response.content?.['application/vnd.api+json']?.schema;
	const pattern = new RegExp(`^${op.path.replace(/\{\w+\}/g, '[^/]+')}/?$`);
	return { method, pattern, status: Number(status), document: schema && JSON.stringify(sample(schema)) };
});

export async function startRecordingServer() {
	const requests: Recorded[] = [];
	const server = createServer(async (request, response) => {
		const chunks: Buffer[] = [];
		for await (const chunk of request) chunks.push(chunk as Buffer);
		const bytes = Buffer.concat(chunks);
		const url = new URL(request.url ?? '/', 'http://recorder');
		requests.push({
			method: request.method ?? '',
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			headers: request.headers,
			contentType: request.headers['content-type'] ?? '',
			body: bytes.toString('utf8'),
			bytes,
		});
		const route = routes.find((r) => r.method === request.method && r.pattern.test(url.pathname));
		if (!route) {
			response.writeHead(404, { 'content-type': 'application/vnd.api+json' }).end('{"errors":[]}');
		} else if (!route.document || route.status === 204) {
			response.writeHead(route.status).end();
		} else {
			response.writeHead(route.status, { 'content-type': 'application/vnd.api+json' }).end(route.document);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

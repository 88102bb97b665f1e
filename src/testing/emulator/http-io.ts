/**
 * Small node:http helpers: reading the body, decoding the query string and headers,
 * and writing responses safely (a client may have hung up while we were delaying).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Bodies beyond this are not kept (Klaviyo's own limit is 5 MB). */
const MAX_BODY_BYTES = 50 * 1024 * 1024;

export function readBody(request: IncomingMessage): Promise<{ text: string; tooLarge: boolean }> {
	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		let size = 0;
		let tooLarge = false;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > MAX_BODY_BYTES) tooLarge = true;
			else chunks.push(chunk);
		});
		const done = () => resolve({ text: tooLarge ? '' : Buffer.concat(chunks).toString('utf8'), tooLarge });
		request.on('end', done);
		// An aborted upload still gets recorded with whatever arrived.
		request.on('error', done);
		request.on('close', done);
	});
}

/** Decoded query parameters (last one wins) plus the names that appeared more than once. */
export function parseQuery(url: URL): { query: Record<string, string>; repeated: string[] } {
	const query: Record<string, string> = {};
	const repeated = new Set<string>();
	for (const [name, value] of url.searchParams) {
		if (name in query) repeated.add(name);
		query[name] = value;
	}
	return { query, repeated: [...repeated] };
}

export function headerRecord(request: IncomingMessage): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const [name, value] of Object.entries(request.headers)) {
		if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
	}
	return headers;
}

/** The recorded form of a body: parsed JSON, the raw text, or undefined when empty. */
export function recordedBody(text: string): unknown {
	if (text === '') return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/**
 * Writes a response unless the connection is already gone (returns false then). Objects
 * are sent as JSON:API; strings verbatim (HTML if they look like markup, e.g. a gateway
 * error page).
 */
export function send(
	response: ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {},
): boolean {
	if (response.destroyed || response.headersSent || !response.socket || response.socket.destroyed)
		return false;
	let payload: string | undefined;
	const allHeaders: Record<string, string> = { ...headers };
	if (typeof body === 'string') {
		payload = body;
		allHeaders['content-type'] ??= body.trimStart().startsWith('<')
			? 'text/html; charset=utf-8'
			: 'text/plain; charset=utf-8';
	} else if (body !== undefined) {
		payload = JSON.stringify(body);
		allHeaders['content-type'] ??= 'application/vnd.api+json';
	}
	if (payload !== undefined) allHeaders['content-length'] = String(Buffer.byteLength(payload));
	response.writeHead(status, allHeaders);
	response.end(payload);
	return true;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

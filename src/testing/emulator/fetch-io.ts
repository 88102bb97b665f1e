/**
 * Request/Response helpers for the fetch-shaped pipeline: decoding the query string and
 * headers, reading and recording bodies, building responses, and stalls that end when the
 * client aborts.
 */
import { utf8Length } from './bytes.js';

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

/** Lower-cased header names; repeated headers come joined with ", " (as Headers does). */
export function headerRecord(headers: Headers): Record<string, string> {
	const record: Record<string, string> = {};
	for (const [name, value] of headers) record[name] = value;
	return record;
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
 * A response: objects as JSON:API, strings verbatim (HTML if they look like markup, e.g. a
 * gateway error page), nothing for undefined.
 */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
	const allHeaders: Record<string, string> = { ...headers };
	let payload: string | null = null;
	if (typeof body === 'string') {
		payload = body;
		allHeaders['content-type'] ??= body.trimStart().startsWith('<')
			? 'text/html; charset=utf-8'
			: 'text/plain; charset=utf-8';
	} else if (body !== undefined) {
		payload = JSON.stringify(body);
		allHeaders['content-type'] ??= 'application/vnd.api+json';
	}
	// 204/304 cannot carry a body.
	if (status === 204 || status === 304) payload = null;
	return new Response(payload, { status, headers: allHeaders });
}

/** Waits `ms`; rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(signal.reason);
		const onAbort = () => {
			clearTimeout(timer);
			reject(signal!.reason);
		};
		const timer = setTimeout(() => {
			signal?.removeEventListener('abort', onAbort);
			resolve();
		}, ms);
		signal?.addEventListener('abort', onAbort, { once: true });
	});
}

/** A file in a multipart form, as the emulator keeps it (the bytes are counted, not kept). */
export interface FormFile {
	filename: string;
	contentType: string;
	size: number;
}

export type FormFields = Record<string, string | FormFile>;

/**
 * The body of a request: its text, or for `multipart/form-data` (image upload) its fields with
 * each file summarised. An aborted upload still yields whatever arrived.
 */
export async function readBody(
	request: Request,
): Promise<{ text: string; bytes: number; form?: FormFields }> {
	const type = request.headers.get('content-type') ?? '';
	if (!/^multipart\/form-data\b/i.test(type)) {
		const text = await request.text().catch(() => '');
		return { text, bytes: utf8Length(text) };
	}
	const raw = await request.arrayBuffer().catch(() => new ArrayBuffer(0));
	try {
		const parsed = await new Response(raw, { headers: { 'content-type': type } }).formData();
		const form: FormFields = {};
		for (const [name, value] of parsed) {
			form[name] =
				typeof value === 'string'
					? value
					: { filename: value.name, contentType: value.type, size: value.size };
		}
		return { text: '', bytes: raw.byteLength, form };
	} catch {
		// Not a parsable form: the checks see an empty body.
		return { text: '', bytes: raw.byteLength };
	}
}

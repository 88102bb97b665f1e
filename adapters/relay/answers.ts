/**
 * What the relay answers. Success is what Klaviyo's retired v1 Track/Identify endpoints answered
 * (docs/migration.md, "Legacy Track/Identify beacons"): the body `1`, or a blank 1×1 GIF when the
 * request asked for one with `i=1` (an `<img>` beacon). Everything else is a JSON:API error document, the shape Klaviyo itself answers with.
 */

import { MediaType } from '../../src/core/options.js';

/** A transparent 1×1 GIF (42 bytes). */
const BLANK_GIF = Uint8Array.from(atob('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'), (char) =>
	char.charCodeAt(0),
);

/** `202` with `1` (node-klaviyo read `1` as success), or the blank GIF for `i=1`. */
export function accepted(pixel: boolean, headers: Record<string, string>): Response {
	const common = { ...headers, 'cache-control': 'no-store' };
	return pixel
		? new Response(BLANK_GIF, { status: 202, headers: { ...common, 'content-type': 'image/gif' } })
		: new Response('1', { status: 202, headers: { ...common, 'content-type': 'text/plain' } });
}

const TITLES: Record<number, string> = {
	400: 'Invalid input',
	403: 'Origin not allowed',
	404: 'Not found',
	405: 'Method not allowed',
	408: 'Request timeout',
	413: 'Payload too large',
	414: 'URL too long',
	415: 'Unsupported media type',
	429: 'Too many requests',
};

/** The input's broken rule, as the clients' `KlaviyoValidationError` names it (and says it). */
export interface Broken {
	field: string;
	rule: string;
	message?: string;
}

/**
 * A JSON:API error document; `detail` never repeats what the caller sent. A refused input names
 * its field: `source.pointer` into the call's `data`, and `meta.field` / `meta.rule` exactly as
 * the clients' `KlaviyoValidationError` has them for the same input, one error per broken rule
 * (a bulk's refused events: `data.3.event`, `data.7.time`…).
 */
export function problem(
	status: number,
	detail: string,
	headers: Record<string, string> = {},
	broken: Broken[] = [],
): Response {
	const title = TITLES[status] ?? 'Relay error';
	const error = (input?: Broken) => ({
		id: crypto.randomUUID(),
		status: String(status),
		code: 'relay',
		title,
		detail: input?.message ?? detail,
		...(input && {
			source: { pointer: `/${input.field.replace(/\./g, '/')}` },
			meta: { field: input.field, rule: input.rule },
		}),
	});
	const errors = broken.length ? broken.map(error) : [error()];
	return new Response(JSON.stringify({ errors }), {
		status,
		headers: { ...headers, 'content-type': MediaType.JsonApi, 'cache-control': 'no-store' },
	});
}

/** A refusal of the caller's input, carried up to the handler that answers it. */
export class Refusal extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly headers: Record<string, string> = {},
		/** For a 400: the fields and rules the input broke. */
		readonly broken: Broken[] = [],
	) {
		super(message);
		this.name = 'Refusal';
	}
}

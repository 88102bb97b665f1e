/**
 * The relay's body: read up to a hard cap (src/core/read-bounded.ts: a declared or streamed excess
 * is refused, 413), and within `timeout` ms, so a body that trickles in (a slow sender holding
 * connections open) is cancelled (408).
 */
import { readBounded as readUpTo } from '../../src/core/read-bounded.js';
import { Refusal } from './answers.js';

export async function readBounded(request: Request, limit: number, timeout: number): Promise<Uint8Array> {
	const deadline = new AbortController();
	const timer = setTimeout(
		() => deadline.abort(new Refusal(408, `The request body took longer than ${timeout} ms`)),
		timeout,
	);
	let body: Uint8Array | undefined;
	try {
		body = await readUpTo(request, limit, deadline.signal);
	} catch (error) {
		throw error instanceof Refusal ? error : new Refusal(400, 'The request body could not be read');
	} finally {
		clearTimeout(timer);
	}
	if (!body) throw new Refusal(413, `The request body is larger than ${limit} bytes`);
	return body;
}

/**
 * Reads a request body as a stream and stops at a hard cap, so a hostile sender can make the relay
 * hold at most `limit` bytes: a declared `Content-Length` over the cap is refused before any read,
 * and an undeclared (chunked) body is cancelled the moment it passes the cap. A body that trickles
 * in (a slow sender holding connections open) is cancelled when `timeout` ms have passed (408).
 */
import { Refusal } from './answers.js';

export async function readBounded(request: Request, limit: number, timeout: number): Promise<Uint8Array> {
	const declared = request.headers.get('content-length');
	if (declared !== null && !(Number(declared) <= limit)) throw tooLarge(limit);
	if (!request.body) return new Uint8Array(0);
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<never>((_, reject) => {
		timer = setTimeout(
			() => reject(new Refusal(408, `The request body took longer than ${timeout} ms`)),
			timeout,
		);
	});
	try {
		for (;;) {
			const { done, value } = await Promise.race([reader.read(), late]);
			if (done) break;
			size += value.byteLength;
			if (size > limit) throw tooLarge(limit);
			chunks.push(value);
		}
	} catch (error) {
		if (!(error instanceof Refusal)) throw new Refusal(400, 'The request body could not be read');
		// Not awaited: a sender that never stops must not hold the answer back.
		reader.cancel().catch(() => {});
		throw error;
	} finally {
		clearTimeout(timer);
	}
	const body = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		body.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return body;
}

const tooLarge = (limit: number) => new Refusal(413, `The request body is larger than ${limit} bytes`);

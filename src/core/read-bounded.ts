/**
 * Reads a request's body as a stream and stops at a hard cap, so a hostile sender makes us hold at
 * most `limit` bytes: a declared `Content-Length` over the cap is refused before any read, and an
 * undeclared (chunked) body is cancelled the moment it passes the cap. The relay (with a deadline
 * for bodies that trickle in) and webhook verification read through it.
 */

/**
 * The body's bytes, or `undefined` when it declares or streams more than `limit`. Rejects with
 * `signal`'s reason when it aborts first, or with the stream's error.
 */
export async function readBounded(
	request: Request,
	limit: number,
	signal?: AbortSignal,
): Promise<Uint8Array | undefined> {
	const declared = request.headers.get('content-length');
	if (declared !== null && !(Number(declared) <= limit)) return undefined;
	if (!request.body) return new Uint8Array(0);
	const reader = request.body.getReader();
	const aborted = signal
		? new Promise<never>((_, reject) => {
				if (signal.aborted) reject(signal.reason);
				signal.addEventListener('abort', () => reject(signal.reason), { once: true });
			})
		: undefined;
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await (aborted ? Promise.race([reader.read(), aborted]) : reader.read());
			if (done) break;
			size += value.byteLength;
			if (size > limit) {
				// Not awaited: a sender that never stops must not hold the answer back.
				reader.cancel().catch(() => {});
				return undefined;
			}
			chunks.push(value);
		}
	} catch (error) {
		reader.cancel().catch(() => {});
		throw error;
	}
	const body = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		body.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return body;
}

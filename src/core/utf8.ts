/**
 * UTF-8, the one way the SDK counts bytes (string limits, keepalive and queue budgets, bulk
 * payloads, queue messages) and reads them (the relay's bodies).
 */

/** The UTF-8 bytes of a string (none for `undefined`): `.length` is what limits in bytes count. */
export const encodeUtf8 = (text?: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

/** Bytes as UTF-8 text; throws a `TypeError` on bytes that are not UTF-8 (never replaced with U+FFFD). */
export const decodeUtf8 = (bytes: Uint8Array): string =>
	new TextDecoder('utf-8', { fatal: true }).decode(bytes);

/**
 * The few WebCrypto steps the emulator's OAuth and webhook sides need, on their own (the emulator
 * imports nothing from the SDK it checks): random tokens, PKCE's S256, Klaviyo's HMAC-SHA256.
 */
const encoder = new TextEncoder();

/** base64url without padding (RFC 4648 §5), as PKCE and our tokens use it. */
export function base64url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** An unguessable token: `prefix` + 32 random bytes in base64url. */
export const randomToken = (prefix: string) => prefix + base64url(crypto.getRandomValues(new Uint8Array(32)));

/** PKCE S256 (RFC 7636 §4.2): base64url(SHA-256(ASCII(code_verifier))). */
export async function s256(verifier: string): Promise<string> {
	return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(verifier))));
}

/** Lower-case hex of HMAC-SHA256(key, message), the encoding of `Klaviyo-Signature`. */
export async function hmacHex(key: string, message: Uint8Array<ArrayBuffer>): Promise<string> {
	const cryptoKey = await crypto.subtle.importKey(
		'raw',
		encoder.encode(key),
		{ name: 'HMAC', hash: 'SHA-256' },
		false,
		['sign'],
	);
	const mac = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, message));
	return Array.from(mac, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Equal strings, compared without stopping at the first difference. */
export function sameString(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	let difference = 0;
	for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
	return difference === 0;
}

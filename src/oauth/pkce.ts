/**
 * PKCE (RFC 7636) and `state` with WebCrypto only: the verifier is 32 random bytes in base64url
 * (43 characters), the challenge base64url(SHA-256(verifier)), as Klaviyo's S256 requires.
 */
import { encodeUtf8 } from '../core/utf8.js';

export interface Pkce {
	/** Kept by the app until the callback; never put in a URL. */
	codeVerifier: string;
	/** Sent in the authorize URL. */
	codeChallenge: string;
}

/** base64url without padding. */
export function base64url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 32 random bytes in base64url: a verifier, a state. */
export const randomString = () => base64url(crypto.getRandomValues(new Uint8Array(32)));

/** A fresh verifier and its S256 challenge. */
export async function pkce(): Promise<Pkce> {
	const codeVerifier = randomString();
	const digest = await crypto.subtle.digest('SHA-256', encodeUtf8(codeVerifier));
	return { codeVerifier, codeChallenge: base64url(new Uint8Array(digest)) };
}

/** Byte counts and base64url without Buffer, so the emulator runs outside Node too. */
const encoder = new TextEncoder();

export const utf8Length = (text: string): number => encoder.encode(text).length;

/** base64url of an ASCII string, unpadded (as Buffer's 'base64url' writes it). */
export const toBase64Url = (ascii: string): string =>
	btoa(ascii).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** The ASCII text a base64url string encodes; undefined when it is not base64url. */
export function fromBase64Url(text: string): string | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
	try {
		return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	} catch {
		return undefined;
	}
}

/** PKCE with WebCrypto, checked against node:crypto and RFC 7636's own example. */
import { createHash } from 'node:crypto';
import { pkce } from 'klaviyo-edge/oauth';
import { expect, it } from 'vitest';
import { base64url } from '../../src/oauth/pkce.js';

it('a 43-character base64url verifier and its S256 challenge, fresh each time', async () => {
	const seen = new Set<string>();
	for (let i = 0; i < 20; i++) {
		const { codeVerifier, codeChallenge } = await pkce();
		expect(codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(codeChallenge).toBe(createHash('sha256').update(codeVerifier).digest('base64url'));
		seen.add(codeVerifier);
	}
	expect(seen.size).toBe(20);
});

it('base64url is RFC 4648 §5 without padding (RFC 7636 appendix B’s bytes)', () => {
	const bytes = new Uint8Array([
		116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214,
		191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
	]);
	expect(base64url(bytes)).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
	expect(base64url(new Uint8Array([251, 255]))).toBe('-_8');
});

/**
 * A random UUID v4. `crypto.randomUUID` exists only in secure contexts, so a page served over
 * plain http falls back to `getRandomValues`, which every runtime we support has: each 0 and 1 of
 * the template becomes a random hex digit, the 8 a random variant digit (8 to b); the 4 is the version.
 */
export const uuid = (): string =>
	crypto.randomUUID?.() ??
	'10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) =>
		(+digit ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+digit / 4)))).toString(16),
	);

/**
 * The CDN file's address and its Subresource Integrity hash, in one place.
 *
 * - `npm run build` (tsup.config.ts) calls `writeIntegrity()`: dist/browser/integrity.json holds the
 *   sha384 of dist/browser/klaviyo-edge.min.js, the file jsDelivr serves for a published version.
 * - `npm run readme:cdn` (`tsx scripts/cdn.ts`) writes that address, for package.json's version,
 *   and that hash into README.md's import map. Run it after a change to the public entry and before
 *   a release; test/docs/README.cdn.test.ts fails while the README and the build disagree.
 *
 * One source of truth: the built file. The README is derived from it, never edited by hand.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
export const BROWSER_FILE = 'dist/browser/klaviyo-edge.min.js';
const INTEGRITY_FILE = 'dist/browser/integrity.json';

/** jsDelivr serves any file of a published npm version, with CORS, at this address. */
export const cdnUrl = (version: string): string =>
	`https://cdn.jsdelivr.net/npm/klaviyo-edge@${version}/${BROWSER_FILE}`;

export const packageVersion = (): string =>
	JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version;

/** `sha384-…` of the built browser file, as an `integrity` attribute or import map entry wants it. */
export function integrityOf(bytes: Uint8Array): string {
	return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Called by the build: records the browser file's hash and size next to it. */
export interface Integrity {
	file: string;
	/** `sha384-…` */
	integrity: string;
	bytes: number;
}

export function writeIntegrity(): Integrity {
	const bytes = readFileSync(new URL(BROWSER_FILE, root));
	const record: Integrity = { file: BROWSER_FILE, integrity: integrityOf(bytes), bytes: bytes.length };
	writeFileSync(new URL(INTEGRITY_FILE, root), `${JSON.stringify(record, null, '\t')}\n`);
	return record;
}

/** What the build recorded (run `npm run build` first). */
export function readIntegrity(): Integrity {
	return JSON.parse(readFileSync(new URL(INTEGRITY_FILE, root), 'utf8'));
}

/** jsDelivr's address, or unpkg's (the same path of the same published files). */
const URL_PATTERN =
	/https:\/\/(cdn\.jsdelivr\.net\/npm|unpkg\.com)\/klaviyo-edge@([^/"'\s]+)\/dist\/browser\/klaviyo-edge\.min\.js/g;
const HASH_PATTERN = /sha384-[A-Za-z0-9+/=]+/g;

/** The README's CDN snippet with today's version and hash. */
export function withCdn(readme: string, version: string, integrity: string): string {
	return readme
		.replace(URL_PATTERN, (_, host: string) => `https://${host}/klaviyo-edge@${version}/${BROWSER_FILE}`)
		.replace(HASH_PATTERN, integrity);
}

/** Every CDN address and hash the README names. */
export function cdnMentions(readme: string): { versions: string[]; hashes: string[] } {
	return {
		versions: [...readme.matchAll(URL_PATTERN)].map((match) => match[2]!),
		hashes: readme.match(HASH_PATTERN) ?? [],
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const readmeUrl = new URL('README.md', root);
	const before = readFileSync(readmeUrl, 'utf8');
	const { integrity } = readIntegrity();
	const after = withCdn(before, packageVersion(), integrity);
	writeFileSync(readmeUrl, after);
	console.log(before === after ? 'README.md: CDN snippet already current' : `README.md: ${integrity}`);
}

/**
 * The README's CDN snippet pins the published file by version and Subresource Integrity hash.
 * One source: the built file (`npm run build` records its hash in dist/browser/integrity.json);
 * `npm run readme:cdn` writes it into the README, and this test fails while they differ.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { BROWSER_FILE, cdnMentions, integrityOf, packageVersion, readIntegrity } from '../../scripts/cdn.js';
import { launchChromium } from '../browser/chromium.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');
const fix = 'run `npm run build && npm run readme:cdn`';

it("the build records the browser file's sha384", () => {
	const record = readIntegrity();
	expect(record.integrity).toBe(integrityOf(readFileSync(`${root}${BROWSER_FILE}`)));
	expect(record.bytes).toBe(readFileSync(`${root}${BROWSER_FILE}`).length);
});

it("the README pins package.json's version and the build's hash", () => {
	const { versions, hashes } = cdnMentions(readme);
	expect(versions.length).toBeGreaterThanOrEqual(2); // jsDelivr's import map entry and its integrity key
	expect(new Set(versions), fix).toEqual(new Set([packageVersion()]));
	expect(hashes.length).toBeGreaterThan(0);
	expect(new Set(hashes), fix).toEqual(new Set([readIntegrity().integrity]));
});

it('Chromium refuses the file when the hash is not its own', async () => {
	const url = `https://cdn.jsdelivr.net/npm/klaviyo-edge@${packageVersion()}/${BROWSER_FILE}`;
	const page = (integrity: string) => `<!doctype html><script type="importmap">
${JSON.stringify({ imports: { 'klaviyo-edge/public': url }, integrity: { [url]: integrity } })}
</script><script type="module">
import { createClient } from 'klaviyo-edge/public';
window.loaded = typeof createClient;
</script>`;
	const browser = await launchChromium();
	try {
		const load = async (integrity: string) => {
			const tab = await browser.newPage();
			await tab.route(url, (route) =>
				route.fulfill({
					contentType: 'text/javascript',
					headers: { 'access-control-allow-origin': '*' },
					body: readFileSync(`${root}${BROWSER_FILE}`),
				}),
			);
			await tab.route('https://shop.example/', (route) =>
				route.fulfill({ contentType: 'text/html', body: page(integrity) }),
			);
			// The module either runs, or fails to load and Chromium says why on the console.
			const refused = new Promise<string>((resolve) =>
				tab.on('console', (message) => {
					if (message.type() === 'error') resolve(message.text());
				}),
			);
			await tab.goto('https://shop.example/');
			const loaded = tab
				.waitForFunction(() => (window as unknown as { loaded?: string }).loaded)
				.then((handle) => handle.jsonValue());
			return Promise.race([loaded, refused.then((text) => `refused: ${text}`)]);
		};
		expect(await load(readIntegrity().integrity)).toBe('function');
		expect(await load(integrityOf(new TextEncoder().encode('another file')))).toMatch(
			/^refused: .*integrity/i,
		);
	} finally {
		await browser.close();
	}
}, 60_000);

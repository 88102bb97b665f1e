/**
 * Headless Chromium for browser tests (Debian's /usr/bin/chromium, driven by playwright-core),
 * and the SDK bundle built from source with esbuild, so these tests never depend on `dist/`.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';

export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: '/usr/bin/chromium',
		headless: true,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

/** `src/public/index.ts` as one ESM file, the way a storefront would load it. */
export async function buildPublicBundle(): Promise<string> {
	const result = await build({
		entryPoints: [fileURLToPath(new URL('../../src/public/index.ts', import.meta.url))],
		bundle: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2020',
		write: false,
	});
	return result.outputFiles[0]!.text;
}

/** A page that loads the SDK as `window.sdk` and makes `window.klaviyo` with these options. */
export function sdkPage(options: Record<string, unknown>, publicKey = 'PUBKEY'): string {
	return `<!doctype html><title>shop</title><script type="module">
import * as sdk from '/sdk.js';
window.sdk = sdk;
window.klaviyo = sdk.createClient(${JSON.stringify(publicKey)}, ${JSON.stringify(options)});
window.ready = true;
</script>`;
}

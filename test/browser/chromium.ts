/**
 * Headless Chromium for browser tests, driven by playwright-core: the system's Chromium where one
 * is installed (`/usr/bin/chromium`, or `CHROMIUM_PATH`), else the one `@sparticuz/chromium` ships
 * inside its npm package, so `npm ci && npm test` needs nothing installed by hand. The SDK bundle is
 * built from source with esbuild, so these tests never depend on `dist/`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';

/** The system browser when present, else the npm one (unpacked to a temp folder on first use, ~2 s). */
export async function chromiumPath(): Promise<string> {
	const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	if (existsSync(system)) return system;
	const { default: packaged } = await import('@sparticuz/chromium');
	return packaged.executablePath();
}

export async function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: await chromiumPath(),
		headless: true,
		// Our own flags, not @sparticuz/chromium's Lambda set: that one turns off web security (CORS,
		// which these tests check) and forces a single process.
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

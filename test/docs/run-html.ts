/**
 * Loads an HTML sample (`<!-- docs-sample: run -->`) in headless Chromium as a shop's page,
 * unchanged: the CDN's address answers with the file `npm run build` made (so the sample's import
 * map, integrity hash included, is what the browser checks), and Klaviyo's address answers from an
 * in-process emulator whose public key is the docs' `ABC123`. Nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEmulator } from 'klaviyo-edge/testing';
import { expect } from 'vitest';
import { BROWSER_FILE } from '../../scripts/cdn.js';
import { launchChromium } from '../browser/chromium.js';
import type { Sample } from './samples.js';

export async function runHtml(root: string, sample: Sample): Promise<void> {
	const file = readFileSync(join(root, BROWSER_FILE));
	const emulator = createEmulator({ publicKey: 'ABC123' });
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await page.route('https://shop.example/', (route) =>
			route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>shop</title>\n${sample.code}` }),
		);
		await page.route(/^https:\/\/(cdn\.jsdelivr\.net|unpkg\.com)\//, (route) =>
			route.fulfill({
				contentType: 'text/javascript',
				headers: { 'access-control-allow-origin': '*' },
				body: route.request().url().endsWith(BROWSER_FILE) ? file : 'not found',
				status: route.request().url().endsWith(BROWSER_FILE) ? 200 : 404,
			}),
		);
		await page.route('https://a.klaviyo.com/**', async (route) => {
			const request = route.request();
			const answer = await emulator.fetch(
				new Request(request.url(), {
					method: request.method(),
					headers: await request.allHeaders(),
					body: request.postData() ?? undefined,
				}),
			);
			await route.fulfill({
				status: answer.status,
				headers: { ...Object.fromEntries(answer.headers), 'access-control-allow-origin': '*' },
				body: Buffer.from(await answer.arrayBuffer()),
			});
		});
		await page.goto('https://shop.example/');
		await expect
			.poll(() => emulator.requests.map((r) => `${r.path} ${r.status}`).sort(), { timeout: 40_000 })
			.toEqual(['/client/events 202', '/client/profiles 202']);
		expect(emulator.invalidRequests()).toEqual([]);
		expect(errors).toEqual([]);
	} finally {
		await browser.close();
	}
}

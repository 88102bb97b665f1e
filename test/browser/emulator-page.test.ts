/**
 * The emulator's page in headless Chromium: opened before anything happens, it shows `npm run
 * demo`'s requests (with their verdicts), the shopper's profile with its event timeline, the
 * list's members and the bulk job as they arrive, without a reload. Also an invalid request with
 * the rule it broke. Leaves a screenshot in test-results/emulator-page.png.
 */
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';

let emu: EmulatorServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	emu = await startEmulator();
	browser = await launchChromium();
	page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
}, 60_000);

afterAll(async () => {
	await browser?.close();
	await emu?.close();
});

it('shows the demo flow live: requests with verdicts, the timeline, list members, the job', async () => {
	await page.goto(`${emu.url}/`);
	await page.locator('#live.on').waitFor({ timeout: 10_000 });
	expect(await page.locator('[data-testid=requests] .request').count()).toBe(0);
	// Marks this document: if the page reloaded, the mark would be gone.
	await page.evaluate(() => Object.assign(window, { sameDocument: true }));

	const { stdout } = await promisify(execFile)('npx', ['tsx', 'examples/demo.ts', '--emulator', emu.url], {
		timeout: 60_000,
	});
	expect(stdout).toContain('members now: pizza.dave@example.com');

	const requests = page.locator('[data-testid=requests] .request');
	await expect.poll(() => requests.count(), { timeout: 10_000 }).toBe(emu.requests.length);
	expect(await page.locator('[data-testid=requests] .request[data-valid=false]').count()).toBe(0);
	// Newest first: the last thing the demo asked for is at the top.
	const last = emu.requests.at(-1)!;
	expect(await requests.first().locator('.path').textContent()).toBe(last.path);
	expect(await page.locator('[data-testid=requests]').textContent()).toContain('/client/events');

	const profile = page.locator('[data-testid=profile][data-email="pizza.dave@example.com"]');
	await expect
		.poll(() => profile.locator('.timeline .metric').allTextContents())
		.toEqual(['Viewed Product', 'Added to Cart']);
	const list = page.locator('[data-testid=list][data-name="Pizza lovers"]');
	expect(await list.locator('.member').allTextContents()).toEqual(['pizza.dave@example.com']);
	expect(await page.locator('[data-testid=job]').getAttribute('data-status')).toBe('complete');
	expect(await page.locator('#total').textContent()).toBe(String(emu.requests.length));

	// An invalid request appears with the rule it broke.
	await fetch(`${emu.url}/api/lists`, {
		method: 'POST',
		headers: {
			revision: '2026-07-15',
			authorization: `Klaviyo-API-Key ${emu.privateKey}`,
			'content-type': 'application/vnd.api+json',
		},
		body: JSON.stringify({ data: { type: 'list', attributes: {} } }),
	});
	const invalid = page.locator('[data-testid=requests] .request[data-valid=false]');
	await invalid.first().waitFor({ timeout: 10_000 });
	expect(await invalid.first().locator('.violation').allTextContents()).toEqual([
		"400 invalid: 'name' is a required property (/data/attributes/name)",
	]);
	expect(await page.locator('#invalid').textContent()).toBe('1');
	expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
		true,
	);

	mkdirSync('test-results', { recursive: true });
	await page.screenshot({ path: 'test-results/emulator-page.png', fullPage: true });
}, 90_000);

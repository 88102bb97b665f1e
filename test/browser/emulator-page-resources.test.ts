/**
 * The emulator's page in headless Chromium lists every resource type the account holds, as it
 * changes: catalog items, a coupon and its codes, a campaign's job, without a reload.
 */
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
	page = await browser.newPage();
}, 60_000);

afterAll(async () => {
	await browser?.close();
	await emu?.close();
});

const post = (path: string, body: unknown) =>
	fetch(`${emu.url}${path}`, {
		method: 'POST',
		headers: {
			revision: '2026-07-15',
			authorization: `Klaviyo-API-Key ${emu.privateKey}`,
			'content-type': 'application/vnd.api+json',
		},
		body: JSON.stringify(body),
	});

it('lists the resource types held, live', async () => {
	await page.goto(`${emu.url}/`);
	await page.locator('#live.on').waitFor({ timeout: 10_000 });
	expect(await page.locator('[data-testid=resource]').count()).toBe(0);
	await post('/api/coupons', { data: { type: 'coupon', attributes: { external_id: 'SUMMER' } } });
	for (const code of ['A1', 'B2']) {
		await post('/api/coupon-codes', {
			data: {
				type: 'coupon-code',
				attributes: { unique_code: code },
				relationships: { coupon: { data: { type: 'coupon', id: 'SUMMER' } } },
			},
		});
	}
	const items = ['X', 'Y'].map((sku) => ({
		type: 'catalog-item',
		attributes: { external_id: sku, title: sku, description: 'd', url: `https://shop.example/${sku}` },
	}));
	await post('/api/catalog-item-bulk-create-jobs', {
		data: { type: 'catalog-item-bulk-create-job', attributes: { items: { data: items } } },
	});
	const rows = page.locator('[data-testid=resource]');
	await expect
		.poll(() => rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-type'))), {
			timeout: 10_000,
		})
		.toEqual(['coupon', 'coupon-code', 'catalog-item-bulk-create-job']);
	expect(await page.locator('[data-testid=resource][data-type=coupon-code]').textContent()).toContain(
		'SUMMER-B2, SUMMER-A1',
	);
	expect(await page.locator('[data-testid=job]').getAttribute('data-kind')).toBe(
		'catalog-item-bulk-create-job',
	);
}, 60_000);

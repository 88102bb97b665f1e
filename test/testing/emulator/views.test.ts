/**
 * What a test and the live page read back about the account: every resource type it holds
 * (hand-modelled and generic) with counts and newest ids, and every kind of bulk job.
 */
import type { EmulatorServer } from 'klaviyo-edge/testing/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api, listBody, startTestEmulator } from './helpers.js';

let emu: EmulatorServer;

beforeAll(async () => {
	emu = await startTestEmulator();
});
afterAll(() => emu.close());

it('lists every resource type held, with counts and the newest ids, in the page state too', async () => {
	expect(emu.resources()).toEqual([]);
	await api(emu, 'POST', '/api/lists', { body: listBody('VIP') });
	await api(emu, 'POST', '/api/coupons', {
		body: { data: { type: 'coupon', attributes: { external_id: 'A' } } },
	});
	await api(emu, 'POST', '/api/coupons', {
		body: { data: { type: 'coupon', attributes: { external_id: 'B' } } },
	});
	await api(emu, 'POST', '/api/tags', { body: { data: { type: 'tag', attributes: { name: 'Loyal' } } } });
	emu.store.addProfile({ email: 'p@example.com' });
	expect(emu.resources()).toEqual([
		{ type: 'profile', count: 1, latest: [expect.any(String)] },
		{ type: 'list', count: 1, latest: [expect.any(String)] },
		{ type: 'coupon', count: 2, latest: ['B', 'A'] },
		{ type: 'tag', count: 1, latest: [expect.any(String)] },
	]);
	const state = await (await fetch(`${emu.url}/__emulator/state`)).json();
	expect(state.resources.map((r: { type: string }) => r.type)).toEqual(['profile', 'list', 'coupon', 'tag']);
	const page = await (await fetch(`${emu.url}/`)).text();
	expect(page).toContain('data-testid="resources"');
});

it('shows catalog and campaign jobs next to profile imports, with their progress and errors', async () => {
	emu.reset();
	const items = [
		{
			type: 'catalog-item',
			attributes: { external_id: 'X', title: 'X', description: 'd', url: 'https://x.example/' },
		},
	];
	const job = await api(emu, 'POST', '/api/catalog-item-bulk-create-jobs', {
		body: {
			data: { type: 'catalog-item-bulk-create-job', attributes: { items: { data: [...items, ...items] } } },
		},
	});
	expect(emu.jobs()).toMatchObject([
		{ kind: 'catalog-item-bulk-create-job', status: 'queued', total: 2, completed: 0 },
	]);
	await api(emu, 'GET', `/api/catalog-item-bulk-create-jobs/${job.body.data.id}`);
	await api(emu, 'GET', `/api/catalog-item-bulk-create-jobs/${job.body.data.id}`);
	expect(emu.jobs()).toMatchObject([
		{
			kind: 'catalog-item-bulk-create-job',
			status: 'complete',
			total: 2,
			completed: 1,
			failed: 1,
			errors: [expect.stringContaining('/data/attributes/items/data/1')],
		},
	]);
	expect(emu.resources().map((r) => r.type)).toEqual(['catalog-item-bulk-create-job', 'catalog-item']);
});

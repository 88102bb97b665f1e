/**
 * The emulator's generic store and jobs inside workerd (no Node, no eval): a catalog synced by a
 * bulk job, read back by cursor with its categories, a synthesized answer and the key's account,
 * all valid under the spec's response schemas.
 */
import { createEmulator } from 'klaviyo-edge/testing';
import { expect, it } from 'vitest';

it('a catalog bulk job completes and its items read back by cursor, inside workerd', async () => {
	expect(navigator.userAgent).toBe('Cloudflare-Workers');
	const emulator = createEmulator({ validateResponses: true });
	const call = async (method: string, path: string, body?: unknown) => {
		const response = await emulator.fetch(`https://emulator.test${path}`, {
			method,
			headers: {
				revision: '2026-07-15',
				authorization: `Klaviyo-API-Key ${emulator.privateKey}`,
				'content-type': 'application/vnd.api+json',
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		return { status: response.status, body: response.status === 204 ? undefined : await response.json() };
	};
	const items = Array.from({ length: 30 }, (_, i) => ({
		type: 'catalog-item',
		attributes: {
			external_id: `SKU-${i}`,
			title: `Item ${i}`,
			description: 'd',
			url: `https://shop.example/${i}`,
		},
	}));
	const job = await call('POST', '/api/catalog-item-bulk-create-jobs', {
		data: { type: 'catalog-item-bulk-create-job', attributes: { items: { data: items } } },
	});
	expect(job.status).toBe(202);
	const path = `/api/catalog-item-bulk-create-jobs/${job.body.data.id}`;
	expect((await call('GET', path)).body.data.attributes.status).toBe('processing');
	expect((await call('GET', path)).body.data.attributes).toMatchObject({
		status: 'complete',
		completed_count: 30,
	});
	let next: string | undefined = '/api/catalog-items?page[size]=7';
	const seen: string[] = [];
	while (next) {
		const page = await call('GET', next);
		seen.push(...page.body.data.map((item: { id: string }) => item.id));
		next = page.body.links.next
			? new URL(page.body.links.next).pathname + new URL(page.body.links.next).search
			: undefined;
	}
	expect(seen).toHaveLength(30);
	const action = await call('GET', '/api/flow-actions/AbC123');
	expect(action.body.data).toMatchObject({ type: 'flow-action', id: 'AbC123' });
	const accounts = await call('GET', '/api/accounts');
	expect(accounts.body.data).toMatchObject([{ type: 'account', id: emulator.publicKey }]);
	expect(emulator.invalidRequests()).toEqual([]);
	expect(emulator.requests.flatMap((r) => r.responseViolations ?? [])).toEqual([]);
});

import { expect, inject, it } from 'vitest';
import { createClient, identify, KlaviyoApiError, track } from '../../src/public/index.js';

const baseUrl = inject('emulatorUrl');

async function received(): Promise<Array<{ method: string; path: string; valid: boolean; body: unknown }>> {
	return (await fetch(`${baseUrl}/__emulator/requests`)).json();
}

it('the public client tracks from edge middleware: memory storage, no page listeners, resolves on 202', async () => {
	const klaviyo = createClient(inject('publicKey'), { baseUrl });
	expect(await identify(klaviyo, { email: 'mw@example.com', properties: { $first_name: 'Edge' } })).toBe(1);
	expect(
		await track(klaviyo, { event: 'Edge Pageview', email: 'mw@example.com', properties: { path: '/' } }),
	).toBe(1);
	const events = (await received()).filter((r) => r.path === '/client/events');
	expect(events.at(-1)).toMatchObject({
		valid: true,
		body: { data: { attributes: { metric: { data: { attributes: { name: 'Edge Pageview' } } } } } },
	});
});

it('a refusal rejects with the typed error instead of vanishing', async () => {
	const klaviyo = createClient('NOPE00', { baseUrl, maxRetries: 0 });
	const error = await track(klaviyo, { event: 'x', email: 'mw@example.com' }).catch((e: unknown) => e);
	expect(error).toBeInstanceOf(KlaviyoApiError);
	expect((error as KlaviyoApiError).statusCode).toBe(400);
});

import { expect, inject, it } from 'vitest';
import { KlaviyoApiError } from '../../src/core/errors.js';
import { Transport } from '../../src/private/transport.js';

const baseUrl = inject('emulatorUrl');

it('runs inside workerd', () => {
	expect(navigator.userAgent).toBe('Cloudflare-Workers');
});

it('the private transport talks to Klaviyo from a Worker: create, read, page', async () => {
	const transport = new Transport({ privateKey: inject('privateKey'), baseUrl, maxRetries: 0 });
	const created = await transport.request<{ data: { id: string } }>('POST', '/api/lists', {
		body: { data: { type: 'list', attributes: { name: 'From workerd' } } },
	});
	const fetched = await transport.request<{ data: { attributes: { name: string } } }>(
		'GET',
		`/api/lists/${created.data.id}`,
	);
	expect(fetched.data.attributes.name).toBe('From workerd');
	const names: string[] = [];
	for await (const list of transport.paginate<{ data: Array<{ attributes: { name: string } }> }>(
		'/api/lists',
	)) {
		names.push(list.attributes.name);
	}
	expect(names).toContain('From workerd');
});

it('typed errors cross the runtime too', async () => {
	const transport = new Transport({ privateKey: 'pk_not_the_key', baseUrl, maxRetries: 0 });
	const error = await transport.request('GET', '/api/lists').catch((e: unknown) => e);
	expect(error).toBeInstanceOf(KlaviyoApiError);
	expect((error as KlaviyoApiError).statusCode).toBe(401);
	expect(String((error as Error).stack)).not.toContain('pk_not_the_key');
});

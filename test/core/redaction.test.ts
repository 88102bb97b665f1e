import { inspect } from 'node:util';
import { afterAll, beforeEach, expect, it } from 'vitest';
import { listBody, rejectionOf, setup } from './helpers.js';

/**
 * The private key must never surface in an error: not in its message, stack, JSON form,
 * util.inspect output (with hidden properties and the whole cause chain), nor in any URL.
 */
const { emu, transport } = await setup();
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const WRONG_KEY = 'pk_wrong_secret_5f2c9e1d7a';

function expectNoKey(error: unknown, key: string) {
	expect(error).toBeInstanceOf(Error);
	const e = error as Error;
	const surfaces = [
		e.message,
		e.stack ?? '',
		JSON.stringify(e),
		inspect(e, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
		String(e),
		inspect(e.cause, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
	];
	for (const text of surfaces) expect(text).not.toContain(key);
}

const paths: Array<[string, (key: string) => Promise<unknown>]> = [
	['400 invalid body', () => transport().request('POST', '/api/lists', { body: { data: { type: 'list' } } })],
	['401 wrong key', (key) => transport({ privateKey: key }).request('GET', '/api/lists')],
	[
		'403',
		() => {
			emu.faults.add({ path: '/api/lists', status: 403 });
			return transport().request('GET', '/api/lists');
		},
	],
	['404', () => transport().request('GET', '/api/lists/NOPE12')],
	['410 legacy path', () => transport().request('GET', '/api/v2/lists')],
	[
		'429',
		() => {
			emu.faults.add({ path: '/api/lists', status: 429, retryAfter: 1 });
			return transport().request('GET', '/api/lists');
		},
	],
	[
		'500 after retries',
		() => {
			emu.faults.add({ path: '/api/lists', status: 500, times: 2 });
			return transport({ maxRetries: 1 }).request('GET', '/api/lists');
		},
	],
	[
		'non-idempotent POST 503',
		() => {
			emu.faults.add({ path: '/api/lists', status: 503 });
			return transport().request('POST', '/api/lists', { body: listBody('x') });
		},
	],
	[
		'dropped connection',
		() => {
			emu.faults.add({ path: '/api/lists', drop: true });
			return transport().request('GET', '/api/lists');
		},
	],
	['refused connection', () => transport({ baseUrl: 'http://127.0.0.1:9' }).request('GET', '/api/lists')],
	[
		'timeout',
		() => {
			emu.faults.add({ path: '/api/lists', delayMs: 2000 });
			return transport({ timeout: 100 }).request('GET', '/api/lists');
		},
	],
	[
		'abort',
		() => {
			emu.faults.add({ path: '/api/lists', delayMs: 2000 });
			const controller = new AbortController();
			setTimeout(() => controller.abort(), 50);
			return transport({ signal: controller.signal }).request('GET', '/api/lists');
		},
	],
];

it.each(paths)('%s: no key in the error', async (_name, run) => {
	const key = _name === '401 wrong key' ? WRONG_KEY : emu.privateKey;
	expectNoKey(await rejectionOf(run(WRONG_KEY)), key);
	for (const request of emu.requests) {
		expect(request.path).not.toContain(key);
		expect(JSON.stringify(request.query)).not.toContain(key);
	}
});

it('the key travels only in the Authorization header', async () => {
	await transport().request('GET', '/api/lists', { query: { 'page[size]': 1 } });
	const [request] = emu.requests;
	expect(request?.headers.authorization).toBe(`Klaviyo-API-Key ${emu.privateKey}`);
	expect(request?.path + JSON.stringify(request?.query) + JSON.stringify(request?.body ?? '')).not.toContain(
		emu.privateKey,
	);
});

it('a transport does not show its key when logged', () => {
	const t = transport();
	expect(inspect(t, { depth: Number.POSITIVE_INFINITY, showHidden: true })).not.toContain(emu.privateKey);
	expect(JSON.stringify(t)).not.toContain(emu.privateKey);
});

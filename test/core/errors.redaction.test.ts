import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeEach, expect, it } from 'vitest';
import { createRelay } from '../../adapters/relay.js';
import { KlaviyoApiError, KlaviyoConfigurationError } from '../../src/core/errors.js';
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

it('a key that cannot travel in a header is refused up front, without repeating it', async () => {
	// fetch's own TypeError for this header would quote it whole, key included.
	const key = 'pk_line\nbreak_5f2c9e1d7a';
	const error = await rejectionOf(
		(async () => transport({ privateKey: key }).request('GET', '/api/lists'))(),
	);
	expect(error).toBeInstanceOf(KlaviyoConfigurationError);
	expectNoKey(error, key);
	expect(inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true })).not.toContain(
		'break_5f2c9e1d7a',
	);
	expect(emu.requests).toHaveLength(0);
	// Surrounding whitespace (a key read from a file with its newline) is not a reason to refuse it.
	await expect(
		transport({ privateKey: ` ${emu.privateKey}\n` }).request('GET', '/api/lists'),
	).resolves.toBeTruthy();
});

it('a redirect is not followed: neither the key nor the body goes to another host', async () => {
	// Stands in for a misconfigured proxy or a tampered response sending the client elsewhere.
	const redirector = createServer((request, response) => {
		response.writeHead(307, { location: `${emu.url}${request.url}` }).end();
	});
	await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
	try {
		const { port } = redirector.address() as AddressInfo;
		const error = await rejectionOf(
			transport({ baseUrl: `http://127.0.0.1:${port}` }).request('POST', '/api/lists', {
				body: listBody('Elsewhere'),
			}),
		);
		expect(error).toBeInstanceOf(KlaviyoApiError);
		expect((error as KlaviyoApiError).statusCode).toBe(307);
		expectNoKey(error, emu.privateKey);
		expect(emu.requests).toHaveLength(0);
	} finally {
		redirector.close();
	}
});

it('the relay refuses a private key as its public key, with whitespace around it too, so it never lands in a URL', async () => {
	for (const key of [
		emu.privateKey,
		`\n${emu.privateKey}`,
		` ${emu.privateKey}\n`,
		emu.privateKey.toUpperCase(),
	]) {
		let error: unknown;
		try {
			const relay = createRelay({ publicKey: key, baseUrl: emu.url });
			const data = btoa(
				JSON.stringify({ event: 'Viewed', customer_properties: { $email: 'a@example.com' } }),
			);
			await relay(new Request(`https://shop.example/k/track?data=${data}`));
		} catch (thrown) {
			error = thrown;
		}
		expect(error).toBeInstanceOf(KlaviyoConfigurationError);
		expectNoKey(error, emu.privateKey);
	}
	expect(emu.requests).toHaveLength(0);
});

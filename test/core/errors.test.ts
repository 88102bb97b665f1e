import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
	invalid,
	invalidWith,
	KlaviyoApiError,
	KlaviyoAuthenticationError,
	KlaviyoConnectionError,
	KlaviyoError,
	KlaviyoRateLimitError,
	KlaviyoServerError,
	KlaviyoTimeoutError,
	KlaviyoValidationError,
	summarize,
} from '../../src/core/errors.js';
import { rejectionOf, setup } from './helpers.js';

const { emu, transport } = await setup();
afterAll(() => emu.close());
beforeEach(() => emu.reset());

describe('each status maps to its error class', () => {
	it.each([
		[400, KlaviyoApiError],
		[401, KlaviyoAuthenticationError],
		[403, KlaviyoAuthenticationError],
		[404, KlaviyoApiError],
		[409, KlaviyoApiError],
		[410, KlaviyoApiError],
		[429, KlaviyoRateLimitError],
		[500, KlaviyoServerError],
		[502, KlaviyoServerError],
		[503, KlaviyoServerError],
		[504, KlaviyoServerError],
		[524, KlaviyoServerError],
	])('%i → %o', async (status, ErrorClass) => {
		emu.faults.add({ path: '/api/lists', status });
		const error = await rejectionOf(transport().request('GET', '/api/lists'));
		expect(error).toBeInstanceOf(ErrorClass);
		expect(error).toBeInstanceOf(KlaviyoError);
		const apiError = error as KlaviyoApiError;
		expect(apiError.statusCode).toBe(status);
		expect(apiError.status).toBe(status);
		expect(apiError.method).toBe('GET');
		expect(apiError.path).toBe('/api/lists');
		expect(apiError.message).toMatch(
			new RegExp(`^Request failed with status code: ${status} \\(GET /api/lists\\)`),
		);
		expect(apiError.headers?.get('content-type')).toContain('json');
	});

	it('keeps the parsed JSON:API errors[] and names the first one in the message', async () => {
		const error = (await rejectionOf(
			transport().request('POST', '/api/lists', { body: { data: { type: 'list', attributes: {} } } }),
		)) as KlaviyoApiError;
		expect(error.statusCode).toBe(400);
		expect(error.errors.length).toBeGreaterThan(0);
		expect(error.errors[0]).toMatchObject({ code: expect.any(String), title: expect.any(String) });
		expect(error.message).toContain(error.errors[0]!.title);
		expect(error.data).toEqual({ errors: error.errors });
	});

	it('treats 200, 201, 202 and 204 as success', async () => {
		const t = transport();
		const created = await t.request<{ data: { id: string } }>('POST', '/api/lists', {
			body: { data: { type: 'list', attributes: { name: 'VIP' } } },
		});
		expect(created.data.id).toEqual(expect.any(String)); // 201
		await expect(t.request('GET', `/api/lists/${created.data.id}`)).resolves.toMatchObject({
			data: { id: created.data.id },
		}); // 200
		await expect(t.request('DELETE', `/api/lists/${created.data.id}`)).resolves.toBeUndefined(); // 204
		const event = {
			data: {
				type: 'event',
				attributes: {
					properties: {},
					metric: { data: { type: 'metric', attributes: { name: 'Viewed' } } },
					profile: { data: { type: 'profile', attributes: { email: 'a@example.com' } } },
				},
			},
		};
		await expect(t.request('POST', '/api/events', { body: event })).resolves.toBeUndefined(); // 202
		expect(emu.invalidRequests()).toEqual([]);
	});

	it("keeps the query out of the message and path: lookups carry customers' emails", async () => {
		emu.faults.add({ path: '/api/profiles', status: 400 });
		const error = (await rejectionOf(
			transport().request('GET', '/api/profiles', { query: { filter: 'equals(email,"grace@example.com")' } }),
		)) as KlaviyoApiError;
		expect(error.path).toBe('/api/profiles');
		// Not a name hex can spell: the error carries Klaviyo's random error ids (an "ada" came up in one).
		expect(`${error.message} ${JSON.stringify(error)} ${error.stack}`).not.toContain('grace');
	});

	it('a 429 carries retryAfter in seconds', async () => {
		emu.faults.add({ path: '/api/lists', status: 429, retryAfter: 7 });
		const error = (await rejectionOf(transport().request('GET', '/api/lists'))) as KlaviyoRateLimitError;
		expect(error.retryAfter).toBe(7);
	});

	it('a refused connection is a KlaviyoConnectionError, not a raw TypeError', async () => {
		const error = await rejectionOf(
			transport({ baseUrl: 'http://127.0.0.1:9' }).request('GET', '/api/lists'),
		);
		expect(error).toBeInstanceOf(KlaviyoConnectionError);
		expect((error as Error).message).toBe('Connection failed (GET /api/lists)');
	});

	it('a dropped connection is a KlaviyoConnectionError', async () => {
		emu.faults.add({ path: '/api/lists', drop: true });
		expect(await rejectionOf(transport().request('GET', '/api/lists'))).toBeInstanceOf(
			KlaviyoConnectionError,
		);
	});

	it('a timeout aborts the attempt with KlaviyoTimeoutError', async () => {
		emu.faults.add({ path: '/api/lists', delayMs: 3000 });
		const error = await rejectionOf(transport({ timeout: 200 }).request('GET', '/api/lists'));
		expect(error).toBeInstanceOf(KlaviyoTimeoutError);
		expect(error).toBeInstanceOf(KlaviyoConnectionError);
		// Cut before the emulator's 3 s answer: it never gave one.
		expect(emu.requests.map((r) => r.status)).toEqual([0]);
	});

	it("the caller's abort rejects with the abort reason and is not retried", async () => {
		emu.faults.add({ path: '/api/lists', delayMs: 3000 });
		const controller = new AbortController();
		const pending = transport({ maxRetries: 3 }).request('GET', '/api/lists', { signal: controller.signal });
		setTimeout(() => controller.abort(new Error('user gave up')), 100);
		const error = await rejectionOf(pending);
		expect((error as Error).message).toBe('user gave up');
		expect(emu.requests.filter((r) => r.path === '/api/lists')).toHaveLength(1);
	});
});

describe('a body that is not JSON data', () => {
	it('is refused as bad input, naming the field, and nothing is sent', async () => {
		const circular: Record<string, unknown> = { data: { type: 'list' } };
		circular.self = circular;
		const error = (await rejectionOf(
			transport().request('POST', '/api/lists', { body: circular }),
		)) as KlaviyoValidationError;
		expect(error).toBeInstanceOf(KlaviyoValidationError);
		expect(error.field).toBe('body');
		expect(error.rule).toBe('must be plain JSON data');
		expect(error.message).toContain('circular');
		expect(emu.requests).toHaveLength(0);
	});
});

describe('refusals: one factory, one format', () => {
	it('says "field" rule, or a sentence rule alone, with the field and rule kept apart', () => {
		expect(invalid('email', 'must be an email')).toMatchObject({
			message: '"email" must be an email',
			field: 'email',
			rule: 'must be an email',
			name: 'KlaviyoValidationError',
		});
		// node-klaviyo's sentences and the relay's own are whole messages, as code written for them compares.
		expect(invalid('event', 'Event name was not provided.').message).toBe('Event name was not provided.');
		expect(invalid('data', 'The `data` was not provided').message).toBe('The `data` was not provided');
	});

	it('adds what the value was and which method refused it, in the same format', () => {
		expect(invalidWith('listId', 'must be an id', { value: '..', method: 'lists.getListById' }).message).toBe(
			'"listId" must be an id (got a string of 2 characters) (lists.getListById)',
		);
		expect(
			invalidWith('listId', 'List ID was not provided.', { value: undefined, method: 'lists.x' }).message,
		).toBe('List ID was not provided. (got undefined) (lists.x: listId)');
		expect(
			invalidWith('body', 'must be plain JSON data', { got: 'Converting circular structure to JSON' }),
		).toMatchObject({
			message: '"body" must be plain JSON data (got Converting circular structure to JSON)',
			rule: 'must be plain JSON data',
		});
		expect(invalidWith('x', 'must be y', {}).message).toBe('"x" must be y');
	});

	it('summarises a value by its type and size, never its content', () => {
		const key = 'pk_live_0123456789abcdef0123456789abcdef';
		const email = 'ada.lovelace@example.com';
		expect(summarize(key)).toBe('a string of 40 characters');
		expect(summarize('x')).toBe('a string of 1 character');
		expect(summarize([email, key])).toBe('an array of 2 items');
		expect(summarize({ email, key })).toBe('an object');
		expect(summarize(15005550006)).toBe('a number');
		expect([NaN, Number.POSITIVE_INFINITY, true, null, undefined].map(summarize)).toEqual([
			'NaN',
			'Infinity',
			'true',
			'null',
			'undefined',
		]);
		expect([10n, Symbol('s'), () => key].map(summarize)).toEqual(['a bigint', 'a symbol', 'a function']);
		for (const value of [key, email, [key], { key }, () => key]) {
			const { message } = invalidWith('token', 'must be the public key', { value, method: 'm' });
			expect(message).not.toContain(key);
			expect(message).not.toContain('pk_');
			expect(message).not.toContain('ada');
		}
	});
});

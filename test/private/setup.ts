/**
 * One emulator per test file, a fresh account per test, and the rule every private test keeps:
 * each request the SDK sent must be valid under Klaviyo's spec, and paced by the rate limiter's table.
 */

import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { type KlaviyoApiError, KlaviyoValidationError } from '../../src/core/errors.js';
import { PrivateClient, type PrivateOptions, RateLimiter } from '../../src/private/index.js';

/** Knows the endpoints of the private entry's generated table (scripts/gen-types.mjs) and no other. */
const limiter = new RateLimiter();

export interface Context {
	emu: EmulatorServer;
	klaviyo: PrivateClient;
	/** A client on the same emulator with other options. */
	client(options?: PrivateOptions): PrivateClient;
}

export function useEmulator(): Context {
	const context = {} as Context;
	beforeAll(async () => {
		context.emu = await startEmulator();
		// No retries (they are the transport's tests' business) and no pacing, unless a test asks.
		context.client = (options = {}) =>
			new PrivateClient(context.emu.privateKey, {
				baseUrl: context.emu.url,
				maxRetries: 0,
				rateLimiter: false,
				...options,
			});
	});
	beforeEach(() => {
		context.emu.reset();
		context.klaviyo = context.client();
	});
	afterEach(() => {
		const invalid = context.emu
			.invalidRequests()
			.map(({ method, path, violations }) => ({ method, path, violations }));
		expect(invalid).toEqual([]);
		// An endpoint missing from the table would go unpaced: its operation belongs in PRIVATE_OPERATIONS.
		const unpaced = context.emu.requests
			.filter(({ method, path }) => path.startsWith('/api/') && !limiter.endpointOf(method, path))
			.map(({ method, path }) => `${method} ${path}`);
		expect(unpaced).toEqual([]);
	});
	afterAll(() => context.emu.close());
	return context;
}

/** The requests the SDK sent to the emulator, as `METHOD /path`. */
export function sent(emu: EmulatorServer): string[] {
	return emu.requests.map((r) => `${r.method} ${r.path}`);
}

/**
 * Asserts `call` throws a `KlaviyoValidationError` synchronously (node-klaviyo threw before
 * returning a promise), with this message and field, and that nothing was sent.
 */
export function expectInvalid(
	emu: EmulatorServer,
	call: () => unknown,
	rule: string | RegExp,
	field?: string,
): void {
	const before = emu.requests.length;
	let thrown: unknown;
	try {
		call();
	} catch (error) {
		thrown = error;
	}
	expect(thrown, 'expected a synchronous KlaviyoValidationError').toBeInstanceOf(KlaviyoValidationError);
	const error = thrown as KlaviyoValidationError;
	if (typeof rule === 'string') expect(error.rule).toBe(rule);
	else expect(error.rule).toMatch(rule);
	expect(error.message).toContain(error.rule);
	if (field !== undefined) expect(error.field).toBe(field);
	expect(emu.requests.length).toBe(before);
}

/** The error a call rejected with (fails the test when it resolved). */
export async function rejection(promise: PromiseLike<unknown>): Promise<KlaviyoApiError> {
	try {
		await promise;
	} catch (error) {
		return error as KlaviyoApiError;
	}
	throw new Error('expected the call to reject');
}

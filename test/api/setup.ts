/**
 * One in-process emulator per test file, a fresh account per test, and the rule every `/api` test
 * keeps: each request the SDK sent must be valid under Klaviyo's spec.
 */
import { createEmulator, type Emulator } from 'klaviyo-edge/testing';
import { afterEach, beforeEach, expect } from 'vitest';
import { type Connection, connect, type PrivateOptions } from '../../src/api/index.js';
import { KlaviyoValidationError } from '../../src/core/errors.js';

export interface Context {
	emu: Emulator;
	/** A connection to the emulator: no retries and no pacing unless a test asks. */
	connection: Connection;
	connect(options?: PrivateOptions): Connection;
}

export function useApi(): Context {
	const emu = createEmulator();
	const context = {
		emu,
		connect: (options: PrivateOptions = {}) =>
			connect(emu.privateKey, { fetch: emu.fetch, maxRetries: 0, rateLimiter: false, ...options }),
	} as Context;
	beforeEach(() => {
		emu.reset();
		context.connection = context.connect();
	});
	afterEach(() => {
		const invalid = emu
			.invalidRequests()
			.map(({ method, path, violations }) => ({ method, path, violations }));
		expect(invalid).toEqual([]);
	});
	return context;
}

/** The requests the emulator received, as `METHOD /path?query` (query as sent, decoded). */
export function sent(emu: Emulator): string[] {
	return emu.requests.map((r) => {
		const query = new URLSearchParams(r.query).toString();
		return `${r.method} ${r.path}${query ? `?${decodeURIComponent(query)}` : ''}`;
	});
}

/**
 * Asserts `call` throws a `KlaviyoValidationError` naming `field` and matching `rule`, before any
 * request: synchronously, as the private side does.
 */
export function expectInvalid(
	emu: Emulator,
	call: () => unknown,
	field: string,
	rule: string | RegExp,
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
	expect(error.field).toBe(field);
	if (typeof rule === 'string') expect(error.rule).toBe(rule);
	else expect(error.rule).toMatch(rule);
	expect(emu.requests.length).toBe(before);
}

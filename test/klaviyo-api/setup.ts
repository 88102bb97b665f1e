/**
 * klaviyo-api code runs against the emulator as it would against Klaviyo: it builds its clients
 * with no fetch and no base URL, so the global fetch is the emulator's for the test (it answers
 * for any origin, https://a.klaviyo.com included). Each test gets a fresh account, and every
 * request must be valid under Klaviyo's spec.
 */
import { createEmulator, type Emulator, type EmulatorOptions } from 'klaviyo-edge/testing';
import { afterEach, beforeEach, expect, vi } from 'vitest';

export function useEmulator(options: EmulatorOptions = {}): { emu: Emulator } {
	const context = { emu: createEmulator(options) };
	beforeEach(() => {
		context.emu.reset();
		vi.stubGlobal('fetch', context.emu.fetch);
	});
	afterEach(() => {
		vi.unstubAllGlobals();
		const invalid = context.emu
			.invalidRequests()
			.map(({ method, path, violations }) => ({ method, path, violations }));
		expect(invalid).toEqual([]);
	});
	return context;
}

/** The requests the emulator received, as `METHOD /path`. */
export const sent = (emu: Emulator) => emu.requests.map((r) => `${r.method} ${r.path}`);

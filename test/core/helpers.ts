import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { type PrivateClientOptions, Transport } from '../../src/private/transport.js';

/** An emulator plus a private transport pointed at it, for core tests. */
export async function setup(): Promise<{
	emu: EmulatorServer;
	transport: (options?: Partial<PrivateClientOptions>) => Transport;
}> {
	const emu = await startEmulator();
	const transport = (options: Partial<PrivateClientOptions> = {}) =>
		new Transport({ privateKey: emu.privateKey, baseUrl: emu.url, maxRetries: 0, ...options });
	return { emu, transport };
}

/** Resolves with what a promise rejected with (fails the test if it resolved). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
	try {
		await promise;
	} catch (error) {
		return error;
	}
	throw new Error('expected the promise to reject');
}

export const listBody = (name: string) => ({ data: { type: 'list', attributes: { name } } });

/**
 * A clock for retries: records each wait it is asked for instead of waiting. `hold` keeps every
 * wait pending until the signal aborts (then it rejects with the reason, like core/sleep.ts).
 */
export function recordingSleep({ hold = false } = {}) {
	const waits: number[] = [];
	const sleep = (ms: number, signal?: AbortSignal): Promise<void> => {
		waits.push(ms);
		if (!hold) return Promise.resolve();
		return new Promise<void>((_, reject) => {
			if (signal?.aborted) return reject(signal.reason);
			signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
		});
	};
	return { sleep, waits };
}

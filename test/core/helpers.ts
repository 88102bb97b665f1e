import { type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { type PrivateClientOptions, Transport } from '../../src/private/transport.js';

/** An emulator plus a private transport pointed at it, for core tests. */
export async function setup(): Promise<{
	emu: EmulatorServer;
	transport: (options?: Partial<PrivateClientOptions>) => Transport;
}> {
	const emu = await startEmulator();
	// The emulator reads Klaviyo's spec on its first request (about a second): done here, so a test
	// timing its first request (an abort after 150 ms) does not time the spec's loading instead.
	await fetch(`${emu.url}/__emulator/requests`);
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

/**
 * Klaviyo emulator: a local HTTP server that behaves like Klaviyo's revisioned API for
 * the endpoints the SDK uses, validates every request against the vendored OpenAPI
 * spec, records what it received, and can inject faults.
 *
 *   const emu = await startEmulator();
 *   await fetch(`${emu.url}/api/lists`, { headers: { revision: '2026-07-15',
 *     authorization: `Klaviyo-API-Key ${emu.privateKey}` } });
 *   expect(emu.invalidRequests()).toEqual([]);
 *   await emu.close();
 *
 * See README.md in this folder for the fault and inspection APIs.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EmulatorCore } from './server.js';
import type { Emulator, EmulatorOptions } from './types.js';

export type { Store } from './store.js';
export type { Emulator, EmulatorOptions, FaultRule, RecordedRequest } from './types.js';

export const DEFAULT_PUBLIC_KEY = 'PUBKEY';
export const DEFAULT_PRIVATE_KEY = 'pk_emulator_0123456789abcdef';

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
	const publicKey = options.publicKey ?? DEFAULT_PUBLIC_KEY;
	const privateKey = options.privateKey ?? DEFAULT_PRIVATE_KEY;
	const host = options.host ?? '127.0.0.1';
	const core = new EmulatorCore({
		publicKey,
		privateKey,
		jobSteps: options.jobSteps ?? 1,
		validateResponses: options.validateResponses ?? false,
		onRequest: options.onRequest,
	});
	const server = createServer(core.listener);
	// Keep-alive sockets would otherwise hold close() open until they time out.
	server.keepAliveTimeout = 1000;
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const { port } = server.address() as AddressInfo;
	const urlHost = host.includes(':') ? `[${host}]` : host;

	return {
		url: `http://${urlHost}:${port}`,
		port,
		publicKey,
		privateKey,
		requests: core.requests,
		invalidRequests: () => core.requests.filter((request) => !request.valid),
		faults: { add: (rule) => core.faults.add(rule), clear: () => core.faults.clear() },
		store: core.store,
		reset: () => core.reset(),
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.close((error) => (error ? reject(error) : resolve()));
				server.closeAllConnections();
			}),
	};
}

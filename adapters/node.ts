/**
 * `klaviyo-edge/node`: the relay as a `node:http` request listener, bridged by `@hono/node-server`
 * (an optional peer dependency: install it to use this entry).
 *
 *   import { createServer } from 'node:http';
 *   import { relayListener } from 'klaviyo-edge/node';
 *   createServer(relayListener({ publicKey: 'ABC123', clientIp: 'x-forwarded-for' })).listen(8787);
 *
 * `peer` (for a `clientIp` function) is the socket's remote address; believe it only where
 * shoppers connect directly, else name the header your proxy sets.
 */
import { getRequestListener } from '@hono/node-server';
import { type StandaloneRelayOptions, standaloneRelay } from './relay/standalone.js';

export type { StandaloneRelayOptions as NodeRelayOptions } from './relay/standalone.js';

export function relayListener(options: StandaloneRelayOptions) {
	const handle = standaloneRelay(options);
	return getRequestListener((request, { incoming }) => handle(request, incoming.socket.remoteAddress), {
		// The shop's process keeps its own Request and Response globals.
		overrideGlobalObjects: false,
	});
}

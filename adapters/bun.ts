/**
 * `klaviyo-edge/bun`: the relay for `Bun.serve`.
 *
 *   import { relayBun } from 'klaviyo-edge/bun';
 *   Bun.serve({ port: 8787, fetch: relayBun({ publicKey: 'ABC123', clientIp: (_request, peer) => peer }) });
 *
 * `peer` is the socket's remote address (`server.requestIP`); believe it (as above) only where
 * shoppers connect directly, else name the header your proxy sets (`clientIp: 'x-real-ip'`).
 */
import { type StandaloneRelayOptions, standaloneRelay } from './relay/standalone.js';

export type { StandaloneRelayOptions as BunRelayOptions } from './relay/standalone.js';

/** The part of Bun's `Server` the relay reads. */
interface BunServer {
	requestIP(request: Request): { address: string } | null;
}

export function relayBun(options: StandaloneRelayOptions) {
	const handle = standaloneRelay(options);
	return (request: Request, server?: BunServer) => handle(request, server?.requestIP(request)?.address);
}

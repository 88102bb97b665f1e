/**
 * `klaviyo-edge/deno`: the relay for `Deno.serve`.
 *
 *   import { relayDeno } from 'klaviyo-edge/deno';
 *   Deno.serve(relayDeno({ publicKey: 'ABC123', clientIp: (_request, peer) => peer }));
 *
 * `peer` is the socket's remote address; believe it (as above) only where shoppers connect
 * directly, else name the header your proxy sets (`clientIp: 'x-real-ip'`).
 */
import { type StandaloneRelayOptions, standaloneRelay } from './relay/standalone.js';

export type { StandaloneRelayOptions as DenoRelayOptions } from './relay/standalone.js';

/** The part of `Deno.ServeHandlerInfo` the relay reads. */
interface DenoServeInfo {
	remoteAddr?: { hostname?: string };
}

export function relayDeno(options: StandaloneRelayOptions) {
	const handle = standaloneRelay(options);
	return (request: Request, info?: DenoServeInfo) => handle(request, info?.remoteAddr?.hostname);
}

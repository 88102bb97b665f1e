/**
 * Serves the relay with klaviyo-edge/deno or klaviyo-edge/bun (whichever runtime runs this),
 * runs the round trip against it, prints one JSON line and stops. Arguments: <emulator url> <public key>.
 */
import { relayBun } from '../../../adapters/bun.js';
import { relayDeno } from '../../../adapters/deno.js';
import { roundTrip } from './round-trip.js';

declare const Deno: {
	args: string[];
	serve(
		options: { port: number; hostname: string; onListen?: () => void },
		handler: ReturnType<typeof relayDeno>,
	): { addr: { port: number }; shutdown(): Promise<void> };
};
declare const Bun: {
	serve(options: { port: number; hostname: string; fetch: ReturnType<typeof relayBun> }): {
		port: number;
		stop(force?: boolean): void;
	};
};

const isDeno = typeof Deno === 'object';
const [baseUrl, publicKey] = (isDeno ? Deno.args : process.argv.slice(2)) as [string, string];
const options = {
	publicKey,
	baseUrl,
	// Shoppers reach this server directly here, so the socket's peer is their address.
	clientIp: (_request: Request, peer: string | undefined) => peer,
	fallback: () => new Response('not the relay', { status: 404 }),
};

if (isDeno) {
	const server = Deno.serve({ port: 0, hostname: '127.0.0.1', onListen() {} }, relayDeno(options));
	console.log(JSON.stringify(await roundTrip(`http://127.0.0.1:${server.addr.port}`, publicKey, 'deno')));
	await server.shutdown();
} else {
	const server = Bun.serve({ port: 0, hostname: '127.0.0.1', fetch: relayBun(options) });
	console.log(JSON.stringify(await roundTrip(`http://127.0.0.1:${server.port}`, publicKey, 'bun')));
	server.stop(true);
}

/**
 * Serves the relay with klaviyo-edge/node on node:http, runs the round trip against it, prints
 * one JSON line and stops. Arguments: <emulator url> <public key>.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { relayListener } from '../../../adapters/node.js';
import { roundTrip } from './round-trip.js';

const [baseUrl, publicKey] = process.argv.slice(2) as [string, string];
const server = createServer(
	relayListener({
		publicKey,
		baseUrl,
		clientIp: (_request, peer) => peer,
		fallback: () => new Response('not the relay', { status: 404 }),
	}),
);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
console.log(JSON.stringify(await roundTrip(`http://127.0.0.1:${port}`, publicKey, 'node')));
server.close();

/**
 * A small storefront that uses `klaviyo-edge/public`, against the local Klaviyo emulator.
 *
 *   npx tsx examples/browser/serve.ts            # then open the printed URL
 *
 * Starts the emulator, bundles src/public/index.ts into /klaviyo-edge.js with esbuild (what a
 * CDN would serve as dist/browser/klaviyo-edge.min.js), mounts the first-party relay at /k, and
 * serves the pages in this folder. Add `?relay` to a page URL to send through the relay instead
 * of calling Klaviyo directly.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startEmulator } from 'klaviyo-edge/testing/node';
import { createRelay, type RelayHandler } from '../../adapters/relay.js';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const port = Number(process.env.PORT ?? 8080);

const emu = await startEmulator({
	onRequest: (r) => console.log(`  klaviyo ← ${r.method} ${r.path} ${r.status}${r.valid ? '' : ' INVALID'}`),
});
const list = emu.store.addList({ name: 'Newsletter' });
const relay = createRelay({ publicKey: emu.publicKey, baseUrl: emu.url });
const sdk = await build({
	entryPoints: [here('../../src/public/index.ts')],
	bundle: true,
	minify: true,
	format: 'esm',
	write: false,
});
const config = `export default ${JSON.stringify({ publicKey: emu.publicKey, baseUrl: emu.url, listId: list.id, emulator: emu.url })};`;

const server = createServer(async (request, response) => {
	const path = new URL(request.url!, 'http://shop').pathname;
	try {
		if (path.startsWith('/k/')) return await forward(relay, request, response);
		if (path === '/klaviyo-edge.js') return send(response, 'text/javascript', sdk.outputFiles[0]!.text);
		if (path === '/config.js') return send(response, 'text/javascript', config);
		const file = path === '/' ? 'index.html' : path.slice(1);
		if (!/^[\w-]+\.(html|js|css)$/.test(file)) return void response.writeHead(404).end();
		const type = { html: 'text/html', js: 'text/javascript', css: 'text/css' }[file.split('.').pop()!]!;
		send(response, type, await readFile(here(`./${file}`), 'utf8'));
	} catch {
		response.writeHead(404).end();
	}
});
server.listen(port, '127.0.0.1', () => {
	const { port: bound } = server.address() as AddressInfo;
	console.log(
		`Storefront:       http://127.0.0.1:${bound}/   (relay mode: http://127.0.0.1:${bound}/?relay)`,
	);
	console.log(`Klaviyo emulator: ${emu.url}   (what it received: ${emu.url}/__emulator/requests)`);
});

function send(response: ServerResponse, type: string, body: string): void {
	response
		.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' })
		.end(body);
}

/** Node's request → fetch `Request` → the relay → Node's response. */
async function forward(
	handler: RelayHandler,
	request: IncomingMessage,
	response: ServerResponse,
): Promise<void> {
	const chunks: Buffer[] = [];
	for await (const chunk of request) chunks.push(chunk as Buffer);
	const answer = await handler(
		new Request(`http://${request.headers.host}${request.url}`, {
			method: request.method,
			headers: request.headers as Record<string, string>,
			body: chunks.length ? Buffer.concat(chunks) : undefined,
		}),
	);
	console.log(`  relay   ← ${request.method} ${request.url?.split('?')[0]} → ${answer.status}`);
	response
		.writeHead(answer.status, Object.fromEntries(answer.headers))
		.end(Buffer.from(await answer.arrayBuffer()));
}

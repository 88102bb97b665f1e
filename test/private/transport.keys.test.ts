import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { KlaviyoValidationError } from '../../src/core/errors.js';
import { PrivateClient } from '../../src/private/client.js';
import { rejectionOf, setup } from '../core/helpers.js';

/**
 * The private key goes to the configured origin and nowhere else: not to a host a `links.next`
 * names, not to another endpoint of the same host through an id such as `..`.
 */
const { emu } = await setup();

/** A local server that answers `answer(request)` as JSON and records what reached it. */
async function serve(answer: (request: IncomingMessage) => unknown) {
	const requests: IncomingMessage[] = [];
	const server: Server = createServer((request, response) => {
		requests.push(request);
		response.writeHead(200, { 'content-type': 'application/vnd.api+json' });
		response.end(JSON.stringify(answer(request)));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, port, requests, close: () => server.close() };
}

/** Stands in for a host the key must never reach (another tenant, an attacker's collector). */
const elsewhere = await serve(() => ({ data: [] }));
afterAll(() => {
	emu.close();
	elsewhere.close();
});
beforeEach(() => {
	emu.reset();
	elsewhere.requests.length = 0;
});

describe('a links.next to another origin is refused before anything is sent', () => {
	const cursor = '/api/lists?page%5Bcursor%5D=abc';
	const links: Array<[string, () => string]> = [
		['another host (or port)', () => `${elsewhere.url}${cursor}`],
		['a protocol-relative URL', () => `//127.0.0.1:${elsewhere.port}${cursor}`],
		// The old join turned `x:5/api/…` into `http://127.0.0.1:<port>5/api/…`: another port.
		['a non-standard scheme', () => `x:5${cursor}`],
		['a non-standard scheme naming the other host', () => `x://127.0.0.1:${elsewhere.port}${cursor}`],
		[
			'a scheme change to https on the same host',
			() => `https://127.0.0.1:${emu.url.split(':')[2]}${cursor}`,
		],
		['a javascript: URL', () => 'javascript:alert(1)'],
	];

	it.each(links)('%s', async (_name, next) => {
		// The configured server serves one page whose links.next points away from it.
		const home = await serve(() => ({ data: [{ type: 'list', id: 'L1' }], links: { next: next() } }));
		try {
			const lists = new PrivateClient(emu.privateKey, { baseUrl: home.url, rateLimiter: false }).lists;
			const pages = lists.getLists().pages();
			const iterate = (async () => {
				for await (const page of pages) expect(page.data).toHaveLength(1);
			})();
			const error = await rejectionOf(iterate);
			expect(error).toBeInstanceOf(KlaviyoValidationError);
			expect(error).toMatchObject({ field: 'links.next' });
			expect((error as Error).message).not.toContain(emu.privateKey);
			expect(home.requests).toHaveLength(1);
			expect(elsewhere.requests).toHaveLength(0);
		} finally {
			home.close();
		}
	});
});

describe('a path id that would change the endpoint is refused, naming the field, before any request', () => {
	const client = () => new PrivateClient(emu.privateKey, { baseUrl: emu.url, rateLimiter: false });
	const bad = ['', '.', '..', 'a/b', '../lists', 'a\\b', '/'];
	const calls: Array<[string, string, (id: string) => Promise<unknown>]> = [
		['profiles.getProfile', 'profileId', (id) => client().profiles.getProfile(id)],
		['profiles.updateProfile', 'profileId', (id) => client().profiles.updateProfile({ profileId: id })],
		[
			'profiles.unsetProfileProperties',
			'profileId',
			(id) => client().profiles.unsetProfileProperties({ profileId: id, properties: ['x'] }),
		],
		['profiles.getImportJob', 'jobId', (id) => client().profiles.getImportJob(id)],
		['lists.getListById', 'listId', (id) => client().lists.getListById(id)],
		[
			'lists.updateListNameById',
			'listId',
			(id) => client().lists.updateListNameById({ listId: id, listName: 'n' }),
		],
		['lists.deleteList', 'listId', (id) => client().lists.deleteList(id)],
		[
			'lists.removeMembersFromList',
			'listId',
			(id) => client().lists.removeMembersFromList({ listId: id, emails: ['a@example.com'] }),
		],
		['lists.getAllMembers', 'groupId', (id) => client().lists.getAllMembers({ groupId: id }).then()],
	];
	const cases = calls.flatMap(([name, field, call]) =>
		bad.map((id) => [name, JSON.stringify(id), field, call, id] as const),
	);

	it.each(cases)('%s(%s)', async (_name, _shown, field, call, id) => {
		const error = await rejectionOf((async () => call(id))());
		expect(error).toBeInstanceOf(KlaviyoValidationError);
		// An empty id keeps node-klaviyo's 'X ID was not provided.'; the others name the field and the rule.
		if (id !== '') expect(error).toMatchObject({ field: expect.stringContaining(field) });
		expect(emu.requests).toHaveLength(0);
	});

	it('an id with other odd characters is encoded into one segment and reaches the right endpoint', async () => {
		const error = await rejectionOf(client().lists.getListById('..x?y#z'));
		expect(error).toMatchObject({ statusCode: 404 });
		expect(emu.requests.map((r) => r.path)).toEqual(['/api/lists/..x%3Fy%23z']);
	});
});

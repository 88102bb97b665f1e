import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { api, client, listBody, profileBody, REVISION, startTestEmulator } from './helpers.js';

const emu = await startTestEmulator();
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const control = (method: string, path: string, body?: unknown) =>
	fetch(`${emu.url}/__emulator/${path}`, {
		method,
		body: body === undefined ? undefined : JSON.stringify(body),
	});

describe('HTTP inspection and control API', () => {
	it('GET /__emulator/requests lists recorded requests; control calls are not recorded', async () => {
		await api(emu, 'GET', '/api/lists');
		await api(emu, 'GET', '/api/lists', { headers: { authorization: '' } });
		const response = await control('GET', 'requests');
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		const requests = await response.json();
		expect(requests).toMatchObject([
			{ seq: 1, method: 'GET', path: '/api/lists', status: 200, valid: true },
			{ seq: 2, status: 401, valid: false, violations: [expect.stringMatching(/not_authenticated/)] },
		]);
		expect(emu.requests).toHaveLength(2);
		expect((await control('DELETE', 'requests')).status).toBe(204);
		expect(emu.requests).toHaveLength(0);
	});

	it('POST/DELETE /__emulator/faults manage fault rules ("Infinity" allowed for times)', async () => {
		const added = await control('POST', 'faults', {
			path: '/api/lists',
			status: 503,
			times: 'Infinity',
			retryAfter: 2,
		});
		expect(added.status).toBe(201);
		expect((await api(emu, 'GET', '/api/lists')).status).toBe(503);
		expect((await api(emu, 'GET', '/api/lists')).status).toBe(503);
		expect((await control('DELETE', 'faults')).status).toBe(204);
		expect((await api(emu, 'GET', '/api/lists')).status).toBe(200);
		const invalid = await control('POST', 'faults', { path: '/api/lists' });
		expect(invalid.status).toBe(400);
		expect((await invalid.json()).error).toMatch(/at least one of status, delayMs or drop/);
	});

	it('GET /__emulator/store snapshots state; POST /__emulator/reset clears it', async () => {
		await client(emu, 'POST', '/client/profiles', { body: profileBody({ email: 's@x.com' }) });
		await api(emu, 'POST', '/api/lists', { body: listBody('Snap') });
		const snapshot = await (await control('GET', 'store')).json();
		expect(snapshot.profiles).toMatchObject([{ email: 's@x.com' }]);
		expect(snapshot.lists).toMatchObject([{ name: 'Snap', members: [] }]);
		emu.faults.add({ status: 500, times: Number.POSITIVE_INFINITY });
		expect((await control('POST', 'reset')).status).toBe(204);
		expect(emu.store.profiles.size).toBe(0);
		expect(emu.requests).toHaveLength(0);
		expect((await api(emu, 'GET', '/api/lists')).status).toBe(200);
	});

	it('seeds segments and confirms double opt-ins for out-of-process tests', async () => {
		const profile = emu.store.addProfile({ email: 'seg@x.com' });
		const seeded = await control('POST', 'segments', { name: 'Seeded', profileIds: [profile.id] });
		expect(seeded.status).toBe(201);
		const { id } = await seeded.json();
		const members = await api(emu, 'GET', `/api/segments/${id}/relationships/profiles`);
		expect(members.body.data).toEqual([{ type: 'profile', id: profile.id }]);
		const list = emu.store.addList({ name: 'Double', opt_in_process: 'double_opt_in' });
		expect(
			(await control('POST', 'opt-ins/confirm', { profileId: profile.id, listId: list.id })).status,
		).toBe(404);
		await client(emu, 'POST', '/client/subscriptions', {
			body: {
				data: {
					type: 'subscription',
					attributes: { profile: { data: { type: 'profile', attributes: { email: 'seg@x.com' } } } },
					relationships: { list: { data: { type: 'list', id: list.id } } },
				},
			},
		});
		expect(
			(await control('POST', 'opt-ins/confirm', { profileId: profile.id, listId: list.id })).status,
		).toBe(204);
		expect(list.members.has(profile.id)).toBe(true);
	});

	it('unknown control endpoints → 404', async () => {
		expect((await control('GET', 'nothing')).status).toBe(404);
	});
});

describe('CORS', () => {
	it('answers preflights on any path with 204 and the allow headers, and records them', async () => {
		const response = await fetch(`${emu.url}/client/events?company_id=${emu.publicKey}`, {
			method: 'OPTIONS',
			headers: {
				origin: 'https://shop.example',
				'access-control-request-method': 'POST',
				'access-control-request-headers': 'revision,content-type',
			},
		});
		expect(response.status).toBe(204);
		expect(Object.fromEntries(response.headers)).toMatchObject({
			'access-control-allow-origin': '*',
			'access-control-allow-methods': 'GET,POST,PATCH,DELETE,OPTIONS',
			'access-control-allow-headers': 'revision,content-type',
			'access-control-max-age': '600',
		});
		const bare = await fetch(`${emu.url}/anything/at/all`, { method: 'OPTIONS' });
		expect(bare.status).toBe(204);
		expect(bare.headers.get('access-control-allow-headers')).toBe(
			'revision, content-type, authorization, accept',
		);
		expect(emu.requests.map((r) => [r.method, r.status, r.valid])).toEqual([
			['OPTIONS', 204, true],
			['OPTIONS', 204, true],
		]);
	});

	it('adds access-control-allow-origin to every response, errors included', async () => {
		for (const path of ['/api/lists', '/api/nope', '/api/v2/lists']) {
			const response = await fetch(`${emu.url}${path}`, { headers: { revision: REVISION } });
			expect(response.headers.get('access-control-allow-origin')).toBe('*');
		}
	});
});

describe('CLI', () => {
	it('prints the URL and keys, serves requests and exits cleanly on SIGTERM', async () => {
		const cli = fileURLToPath(new URL('../../../src/testing/cli.ts', import.meta.url));
		// node --import tsx, not the tsx binary: that wrapper relays signals over IPC and, on a loaded
		// machine, could die of the SIGTERM itself (exit 143) before the CLI had closed.
		const child = spawn(
			process.execPath,
			['--import', 'tsx', cli, '--port', '0', '--quiet', '--public-key', 'CLIKEY'],
			{
				stdio: ['ignore', 'pipe', 'pipe'],
			},
		);
		try {
			let output = '';
			const url = await new Promise<string>((resolve, reject) => {
				child.stdout.on('data', (chunk: Buffer) => {
					output += chunk.toString();
					const match = /listening on (http:\/\/\S+)/.exec(output);
					if (match && output.includes('private key')) resolve(match[1]!);
				});
				child.once('exit', (code) => reject(new Error(`CLI exited early (${code}): ${output}`)));
			});
			expect(output).toContain('CLIKEY');
			const response = await fetch(`${url}/client/profiles?company_id=CLIKEY`, {
				method: 'POST',
				headers: { revision: REVISION, 'content-type': 'application/json' },
				body: JSON.stringify(profileBody({ email: 'cli@x.com' })),
			});
			expect(response.status).toBe(202);
			child.kill('SIGTERM');
			const [code] = await once(child, 'exit');
			expect(code).toBe(0);
		} finally {
			if (child.exitCode === null) child.kill('SIGKILL');
		}
	});
});

import { build } from 'esbuild';
import { startEmulator } from 'klaviyo-edge/testing/node';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, Lists, PrivateClient, Profiles } from '../../src/private/index.js';

/**
 * A Worker that needs one resource ships only that one: resources work on their own, on a shared
 * connection (`connect`), and nothing in the entry constructs the others behind their back.
 */
const ENTRY = new URL('../../src/private/index.ts', import.meta.url).pathname;

/** A method name each resource's validation errors carry: present in the bundle iff the resource is. */
const MARKERS = {
	profiles: 'profiles.updateProfile',
	lists: 'lists.getListById',
	metrics: 'metrics.getMetrics',
	events: 'events.create',
	dataPrivacy: 'dataPrivacy.requestProfileDeletion',
};

async function shipped(worker: string): Promise<string[]> {
	const result = await build({
		stdin: { contents: worker.replaceAll('ENTRY', JSON.stringify(ENTRY)), resolveDir: '.', loader: 'ts' },
		bundle: true,
		minify: true,
		format: 'esm',
		platform: 'neutral',
		write: false,
		logLevel: 'silent',
	});
	const code = result.outputFiles[0]!.text;
	return Object.entries(MARKERS)
		.filter(([, marker]) => code.includes(marker))
		.map(([name]) => name);
}

describe('bundles', () => {
	it('a Worker importing one resource ships only that resource', async () => {
		const lists = `import { connect, Lists } from ENTRY;
			export default { fetch: (r, env) => new Lists(connect(env.KEY)).getLists().then((p) => Response.json(p)) };`;
		expect(await shipped(lists)).toEqual(['lists']);
		const profiles = `import { connect, Profiles } from ENTRY;
			export default { fetch: (r, env) => new Profiles(connect(env.KEY)).getProfile('x').then((p) => Response.json(p)) };`;
		expect(await shipped(profiles)).toEqual(['profiles']);
	});

	it('PrivateClient still brings every resource (the marker check is not vacuous)', async () => {
		const all = `import { PrivateClient } from ENTRY;
			export default { fetch: (r, env) => new PrivateClient(env.KEY).lists.getLists().then((p) => Response.json(p)) };`;
		expect(await shipped(all)).toEqual(Object.keys(MARKERS));
	});
});

describe('resources on a shared connection', () => {
	const emu = startEmulator();
	afterAll(async () => (await emu).close());

	it('work like the client’s, with one rate limiter and one set of options for all of them', async () => {
		const { url, privateKey } = await emu;
		const connection = connect(privateKey, { baseUrl: url, headers: { 'x-shop': 'one' } });
		const lists = new Lists(connection);
		const profiles = new Profiles(connection);
		const created = await lists.createList('Standalone');
		expect((await lists.getListById(created.data.id)).data.attributes?.name).toBe('Standalone');
		await expect(profiles.getProfile('NOPE')).rejects.toMatchObject({ statusCode: 404 });
		// The same calls through the class reach the same account.
		const client = new PrivateClient(privateKey, { baseUrl: url });
		expect((await client.lists.getListById(created.data.id)).data.id).toBe(created.data.id);
	});
});

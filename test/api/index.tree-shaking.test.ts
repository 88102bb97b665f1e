/**
 * A Worker that imports one class ships that class and no other: the classes share only their base
 * and the connection, and nothing in the entry builds them behind the user's back.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { operations } from './examples.js';

const ENTRY = new URL('../../src/api/index.ts', import.meta.url).pathname;

/** Per class, a path only its methods carry: present in a bundle iff the class is. */
const MARKERS = Object.fromEntries(
	[...new Set(operations.map((op) => op.className))].map((name) => {
		const own = operations.filter((op) => op.className === name).map((op) => op.path);
		const others = new Set(operations.filter((op) => op.className !== name).map((op) => op.path));
		return [name, own.find((path) => !others.has(path))!];
	}),
);

async function bundle(worker: string): Promise<string> {
	const result = await build({
		stdin: { contents: worker.replaceAll('ENTRY', JSON.stringify(ENTRY)), resolveDir: '.', loader: 'ts' },
		bundle: true,
		minify: true,
		format: 'esm',
		platform: 'neutral',
		write: false,
		logLevel: 'silent',
	});
	return result.outputFiles[0]!.text;
}

const classesIn = (code: string) =>
	Object.keys(MARKERS).filter((name) => code.includes(`"${MARKERS[name]}"`));

describe('bundles of klaviyo-edge/api', () => {
	it('every class has a marker of its own', () => {
		expect(Object.keys(MARKERS)).toHaveLength(23);
		for (const marker of Object.values(MARKERS)) expect(marker).toMatch(/^\/(api|client)\//);
	});

	it('a Worker importing only CouponsApi ships no other class, and not request()’s table of every route', async () => {
		const code = await bundle(`import { connect, CouponsApi } from ENTRY;
			export default { fetch: (r, env) => new CouponsApi(connect(env.KEY)).getCoupons().then((p) => Response.json(p)) };`);
		expect(classesIn(code)).toEqual(['CouponsApi']);
		expect(code).not.toContain('/api/accounts'); // RATE_LIMITS of request() starts there
		expect(code).not.toContain('catalog-item-bulk-create-job'); // the job tables
	});

	it('each class alone ships only itself', async () => {
		for (const name of Object.keys(MARKERS)) {
			const code = await bundle(`import { connect, ${name} } from ENTRY;
				export default { fetch: (r, env) => Response.json(Object.keys(new ${name}(connect(env.KEY)))) };`);
			expect(classesIn(code), name).toEqual([name]);
		}
	});

	it('request() alone ships no class; the whole entry ships all 23 (the markers are not vacuous)', async () => {
		const hatch = await bundle(`import { connect, request } from ENTRY;
			export default { fetch: (r, env) => request(connect(env.KEY), 'GET /api/accounts').then((p) => Response.json(p)) };`);
		expect(classesIn(hatch)).toEqual([]);
		const whole = await bundle(`import * as api from ENTRY;
			export default { fetch: (r, env) => Response.json(Object.keys(api).map((k) => k.endsWith('Api') && new api[k](api.connect(env.KEY)))) };`);
		expect(classesIn(whole)).toEqual(Object.keys(MARKERS));
	});
});

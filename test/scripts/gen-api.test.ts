/**
 * src/api/generated/ is what scripts/gen-api.mjs makes of the vendored spec, byte for byte: a hand
 * edit, or a spec change without regenerating, fails here.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const script = (...args: string[]) =>
	run(process.execPath, ['scripts/gen-api.mjs', ...args], { timeout: 60_000 });

it('regenerating src/api/generated/ from the spec changes nothing', async () => {
	const { stdout } = await script('--check');
	expect(stdout).toContain('src/api/generated/ is up to date (29 files, 345 operations)');
}, 60_000);

it('a hand edit is caught, naming the file (checked on a copy)', async () => {
	const copy = await mkdtemp(join(tmpdir(), 'kx-gen-api-'));
	try {
		await cp('src/api/generated', copy, { recursive: true });
		const file = join(copy, 'coupons.ts');
		await writeFile(file, (await readFile(file, 'utf8')).replace('getCoupons(', 'getCouponz('));
		await writeFile(join(copy, 'stray.ts'), 'export {};\n');
		await expect(script('--check', '--dir', copy)).rejects.toMatchObject({
			code: 1,
			stderr: expect.stringMatching(/is stale[\s\S]*coupons\.ts[\s\S]*stray\.ts \(not generated\)/),
		});
	} finally {
		await rm(copy, { recursive: true, force: true });
	}
}, 60_000);

/**
 * src/private/generated/ is what scripts/gen-types.mjs makes of the vendored spec, byte for byte:
 * the private entry's types and the rate limits of the operations it calls.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const script = (...args: string[]) =>
	run(process.execPath, ['scripts/gen-types.mjs', ...args], { timeout: 60_000 });

it('regenerating src/private/generated/ from the spec changes nothing', async () => {
	const { stdout } = await script('--check');
	expect(stdout).toContain('src/private/generated/ is up to date: 6 type files, 23 rate limits');
}, 60_000);

it('a hand edit is caught, naming the file (checked on a copy)', async () => {
	const copy = await mkdtemp(join(tmpdir(), 'kx-gen-types-'));
	try {
		await cp('src/private/generated', copy, { recursive: true });
		const file = join(copy, 'rate-limits.ts');
		await writeFile(
			file,
			(await readFile(file, 'utf8')).replace("'GET /api/lists': [75, 750]", "'GET /api/lists': [75, 7500]"),
		);
		await expect(script('--check', '--dir', copy)).rejects.toMatchObject({
			code: 1,
			stderr: expect.stringMatching(/is stale[\s\S]*rate-limits\.ts/),
		});
	} finally {
		await rm(copy, { recursive: true, force: true });
	}
}, 60_000);

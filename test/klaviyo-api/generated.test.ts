import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('src/klaviyo-api/generated/ is what scripts/gen-klaviyo-api.mjs makes of the spec and klaviyo-api', () => {
	const out = execFileSync(process.execPath, ['scripts/gen-klaviyo-api.mjs', '--check'], {
		encoding: 'utf8',
	});
	expect(out).toMatch(/up to date \(28 files\): 334 methods, 297 aliases/);
}, 60_000);

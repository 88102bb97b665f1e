/**
 * docs/api.md's coverage table is what scripts/gen-api-docs.ts makes of the spec and the
 * emulator's `operationCoverage()`: an operation added, renamed or modelled differently without
 * regenerating the page fails here.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('the coverage table of docs/api.md is up to date', async () => {
	const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/gen-api-docs.ts', '--check'], {
		timeout: 60_000,
	});
	expect(stdout).toContain('docs/api.md is up to date (345 operations)');
}, 60_000);

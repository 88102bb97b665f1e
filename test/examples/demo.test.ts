import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('npm run demo runs the storefront flow end to end against the emulator and exits 0', async () => {
	const { stdout } = await promisify(execFile)('npx', ['tsx', 'examples/demo.ts'], { timeout: 60_000 });
	expect(stdout).toContain('accepted: identify, Viewed Product, Added to Cart');
	expect(stdout).toMatch(/profile \w{26}: Pizza Dave/);
	expect(stdout).toMatch(/1 member\(s\) added/);
	expect(stdout).toContain('Viewed Product');
	expect(stdout).toMatch(/202 POST\s+\/client\/events/);
	expect(stdout).toMatch(/\d+ requests, 0 invalid/);
}, 60_000);

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('npm run demo -- --edge: Chromium page → wrangler dev relay → queues → bulk jobs → emulator, exit 0', async () => {
	const { stdout } = await promisify(execFile)('npx', ['tsx', 'examples/demo.ts', '--edge'], {
		timeout: 90_000,
	});
	expect(stdout).toContain('the relay answered 15/15 beacons at once');
	expect(stdout).toMatch(/202 POST\s+\/api\/event-bulk-create-jobs\s+12 events/);
	expect(stdout).toMatch(/202 POST\s+\/api\/profile-bulk-import-jobs\s+3 profiles/);
	expect(stdout).toMatch(/edge-shopper-2@example.com: 4 events/);
	expect(stdout).toMatch(/\d+ requests, 0 invalid/);
}, 90_000);

import { createEmulator } from 'klaviyo-edge/testing';
import { expect, it } from 'vitest';
import { expectedRun, inProcessRun } from '../testing/in-process.js';

// klaviyo-edge/testing inside workerd itself: no Node server, no eval (workerd refuses both).
it('an in-process emulator runs inside workerd and answers a client as Klaviyo would', async () => {
	expect(navigator.userAgent).toBe('Cloudflare-Workers');
	expect(await inProcessRun('workerd')).toEqual(expectedRun('workerd'));
});

it('a Worker can serve the emulator: its fetch is a handler', async () => {
	const emulator = createEmulator();
	const worker = { fetch: (request: Request) => emulator.fetch(request) };
	const page = await worker.fetch(new Request('https://emulator.test/'));
	expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
	const invalid = await worker.fetch(
		new Request('https://emulator.test/client/events?company_id=PUBKEY', {
			method: 'POST',
			headers: { revision: '2026-07-15', 'content-type': 'application/vnd.api+json' },
			body: JSON.stringify({ data: { type: 'event', attributes: {} } }),
		}),
	);
	expect(invalid.status).toBe(400);
	expect(emulator.invalidRequests()[0]!.violations).toContain(
		"400 invalid: 'properties' is a required property (/data/attributes/properties)",
	);
});

import { startEmulator } from 'klaviyo-edge/testing/node';
import { expect, it } from 'vitest';

const decoder = new TextDecoder();

it('GET / is the page (not recorded as a Klaviyo request); the stream says change after each request', async () => {
	const emu = await startEmulator();
	try {
		const page = await fetch(`${emu.url}/`);
		expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
		expect(await page.text()).toContain('<title>Klaviyo emulator</title>');
		expect(emu.requests).toEqual([]);

		const stream = await fetch(`${emu.url}/__emulator/stream`);
		expect(stream.headers.get('content-type')).toBe('text/event-stream');
		const reader = stream.body!.getReader();
		expect(decoder.decode((await reader.read()).value)).toContain('event: change');
		await fetch(`${emu.url}/api/unknown`);
		expect(decoder.decode((await reader.read()).value)).toBe('event: change\ndata: \n\n');

		const state = await (await fetch(`${emu.url}/__emulator/state`)).json();
		expect(state).toMatchObject({ total: 1, invalid: 1, requests: [{ path: '/api/unknown', valid: false }] });
		await reader.cancel();
	} finally {
		// An open event stream must not hold close() up.
		const closed = emu.close().then(() => 'closed');
		expect(await Promise.race([closed, new Promise((r) => setTimeout(() => r('stuck'), 3_000))])).toBe(
			'closed',
		);
	}
});

it('close() returns while a page is still subscribed', async () => {
	const emu = await startEmulator();
	const stream = await fetch(`${emu.url}/__emulator/stream`);
	const reader = stream.body!.getReader();
	await reader.read();
	const closed = emu.close().then(() => 'closed');
	expect(await Promise.race([closed, new Promise((r) => setTimeout(() => r('stuck'), 3_000))])).toBe(
		'closed',
	);
	await reader.cancel().catch(() => {});
});

import { startEmulator } from 'klaviyo-edge/testing/node';
import { expect, it } from 'vitest';

it("answers its page's own assets (a browser's favicon request) without recording them as Klaviyo requests", async () => {
	const emu = await startEmulator();
	try {
		const page = await (await fetch(`${emu.url}/`)).text();
		// The page names an icon of its own, so a browser need not ask the host for one…
		expect(page).toContain('<link rel="icon" href="data:,">');
		// …and one that asks anyway is answered, not recorded as an invalid Klaviyo request.
		for (const path of [
			'/favicon.ico',
			'/apple-touch-icon.png',
			'/apple-touch-icon-precomposed.png',
			'/robots.txt',
		]) {
			const answer = await fetch(`${emu.url}${path}`);
			expect(answer.status, path).toBe(204);
		}
		expect((await fetch(`${emu.url}/favicon.ico`, { method: 'HEAD' })).status).toBe(204);
		expect(emu.requests).toEqual([]);
		// Klaviyo's own paths are still recorded, and a path that is neither is still an invalid request.
		await fetch(`${emu.url}/favicon.png`);
		await fetch(`${emu.url}/api/favicon.ico`);
		expect(emu.requests.map((r) => [r.path, r.valid])).toEqual([
			['/favicon.png', false],
			['/api/favicon.ico', false],
		]);
	} finally {
		await emu.close();
	}
});

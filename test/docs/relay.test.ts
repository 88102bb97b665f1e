/**
 * docs/relay.md states the relay's caps and limits as figures; they must be the code's, and the
 * per-site limits must be Klaviyo's own `x-klaviyo-ratelimit` for each `/client/*` operation.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { clientRate } from '../../adapters/relay/limits.js';
import {
	KLAVIYO_CLIENT_LIMITS,
	MAX_BODY_BYTES,
	MAX_DATA_CHARS,
	MAX_JSON_DEPTH,
	MAX_URL_CHARS,
} from '../../adapters/relay.js';

const doc = readFileSync(new URL('../../docs/relay.md', import.meta.url), 'utf8');
const figure = (n: number) => n.toLocaleString('en-US').replace(/,/g, ' ');
const perMinute = (n: number) => (n >= 1000 ? figure(n) : String(n));

it('states the caps the code enforces', () => {
	expect(doc).toContain(`over ${figure(MAX_DATA_CHARS)} characters`);
	expect(doc).toContain(`deeper than ${MAX_JSON_DEPTH} levels`);
	expect(doc).toContain(`a body over ${figure(MAX_BODY_BYTES)} bytes`);
	expect(doc).toContain(`a URL over ${figure(MAX_URL_CHARS)} characters`);
});

it("states the limits the code applies, and they are Klaviyo's published ones", () => {
	const spec = JSON.parse(readFileSync(new URL('../../spec/klaviyo/client.json', import.meta.url), 'utf8'));
	for (const [path, site] of Object.entries(KLAVIYO_CLIENT_LIMITS)) {
		expect(spec.paths[path].post['x-klaviyo-ratelimit']).toEqual({
			burst: `${site.burst}/s`,
			steady: `${site.steady}/m`,
		});
		const client = clientRate(path, undefined);
		const row = doc.split('\n').find((line) => line.includes(`\`${path}\``));
		expect(row, path).toContain(`${site.burst}/s, ${perMinute(site.steady)}/min`);
		// A bulk's events count as tracks, for the site and the shopper; the shopper's requests are not counted apart.
		if (path === '/client/event-bulk-create')
			expect(row).toMatch(/each event as a track.*\|\s*each event as a track/);
		else expect(row, path).toContain(`${client.burst}/s, ${perMinute(client.steady)}/min`);
	}
});

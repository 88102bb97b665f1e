/**
 * The inspection/control API under `/__emulator/`, for tests that cannot reach the
 * emulator object in-process (browsers, workers, other processes). CORS-open, never
 * recorded, plain `application/json`:
 *
 *   GET    /__emulator/requests        recorded requests (JSON array)
 *   DELETE /__emulator/requests        forget them
 *   POST   /__emulator/faults          add a FaultRule (JSON; `"times": "Infinity"` allowed)
 *   DELETE /__emulator/faults          remove all rules
 *   POST   /__emulator/rate-limits     {"enabled": true|false}: bulk-job rate limits (rate-limits.ts)
 *   POST   /__emulator/reset           clear state, requests and faults
 *   GET    /__emulator/store           snapshot of the emulated account
 *   GET    /__emulator/state           what the page shows: recent requests, profiles, lists, jobs
 *   GET    /__emulator/stream          server-sent events: one `change` per update (the page's cue)
 *   POST   /__emulator/segments        seed a segment: {"name": "...", "profileIds": ["..."]}
 *   POST   /__emulator/opt-ins/confirm confirm a double opt-in: {"profileId": "...", "listId": "..."}
 *   …/oauth/*, /__emulator/webhooks   OAuth and webhooks, for apps (apps-control.ts)
 */
import { appsControl } from './apps-control.js';
import type { EmulatorCore } from './core.js';
import { CORS_HEADERS, preflightHeaders } from './cors.js';
import { jsonResponse } from './fetch-io.js';
import { changeStream, pageState } from './page-feed.js';
import type { FaultRule } from './types.js';

const JSON_HEADERS = { ...CORS_HEADERS, 'content-type': 'application/json; charset=utf-8' };

export async function handleControl(core: EmulatorCore, request: Request, url: URL): Promise<Response> {
	const text = await request.text();
	const method = request.method.toUpperCase();
	const reply = (status: number, body?: unknown): Response => jsonResponse(status, body, JSON_HEADERS);
	if (method === 'OPTIONS') return jsonResponse(204, undefined, preflightHeaders(request.headers));
	let input: Record<string, unknown> = {};
	if (text) {
		try {
			input = JSON.parse(text) as Record<string, unknown>;
		} catch {
			return reply(400, { error: 'Body must be JSON.' });
		}
	}
	const path = url.pathname.replace(/\/+$/, '');
	switch (`${method} ${path}`) {
		case 'GET /__emulator/requests':
			return reply(200, core.requests);
		case 'DELETE /__emulator/requests':
			core.clearRequests();
			return reply(204);
		case 'POST /__emulator/faults':
			try {
				const rule = faultRuleFromJson(input);
				core.faults.add(rule);
				return reply(201, { rule });
			} catch (error) {
				return reply(400, { error: (error as Error).message });
			}
		case 'DELETE /__emulator/faults':
			core.faults.clear();
			return reply(204);
		case 'POST /__emulator/rate-limits':
			core.rateLimits.enabled = input.enabled === true;
			return reply(200, { enabled: core.rateLimits.enabled });
		case 'POST /__emulator/reset':
			core.reset();
			return reply(204);
		case 'GET /__emulator/store':
			return reply(200, core.store.snapshot());
		case 'GET /__emulator/state':
			return reply(200, pageState(core));
		case 'GET /__emulator/stream':
			return changeStream(core, request.signal);
		case 'POST /__emulator/segments': {
			if (typeof input.name !== 'string') return reply(400, { error: 'name (string) is required.' });
			const profileIds = Array.isArray(input.profileIds) ? input.profileIds.map(String) : [];
			const segment = core.store.addSegment({ name: input.name, profileIds });
			core.changed();
			return reply(201, { id: segment.id, name: segment.name, profileIds });
		}
		case 'POST /__emulator/opt-ins/confirm': {
			const confirmed = core.store.confirmOptIn(String(input.profileId), String(input.listId));
			core.changed();
			return confirmed ? reply(204) : reply(404, { error: 'No pending opt-in for that profile and list.' });
		}
		default:
			return (
				(await appsControl(core, `${method} ${path}`, input, reply)) ??
				reply(404, { error: `Unknown emulator endpoint ${method} ${url.pathname}.` })
			);
	}
}

/** JSON has no Infinity: accept `"Infinity"` (or null) for `times`. */
function faultRuleFromJson(input: Record<string, unknown>): FaultRule {
	const { times, ...rest } = input;
	if (times === undefined) return rest as FaultRule;
	if (times === 'Infinity' || times === null)
		return { ...rest, times: Number.POSITIVE_INFINITY } as FaultRule;
	if (typeof times !== 'number') throw new TypeError('times must be a number or "Infinity"');
	return { ...rest, times } as FaultRule;
}

/**
 * Helpers for the emulator's own tests: a plain-fetch client with Klaviyo's headers,
 * body builders, and assertions on Klaviyo's error shape.
 */

import { type EmulatorOptions, type EmulatorServer, startEmulator } from 'klaviyo-edge/testing/node';
import { expect } from 'vitest';

export const REVISION = '2026-07-15';

// biome-ignore lint/suspicious/noExplicitAny: tests inspect reply bodies ad hoc
export interface Reply<T = any> {
	status: number;
	headers: Headers;
	body: T;
}

export interface CallOptions {
	body?: unknown;
	/** Raw body text (sent as-is instead of JSON-encoding `body`). */
	raw?: string;
	query?: Record<string, string | number>;
	/** Replace the default headers entirely (use `headers` to add/override some). */
	bareHeaders?: Record<string, string>;
	headers?: Record<string, string>;
}

/** Starts an emulator that also checks its own responses against the spec. */
export const startTestEmulator = (options: EmulatorOptions = {}) =>
	startEmulator({ validateResponses: true, ...options });

async function call(
	emu: EmulatorServer,
	method: string,
	path: string,
	defaults: Record<string, string>,
	options: CallOptions,
) {
	const url = new URL(path, emu.url);
	for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, String(value));
	const headers = options.bareHeaders ?? { ...defaults, ...options.headers };
	const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
	const response = await fetch(url, { method, headers, body });
	const text = await response.text();
	let parsed: unknown = text;
	try {
		parsed = text ? JSON.parse(text) : undefined;
	} catch {
		// keep the text
	}
	return { status: response.status, headers: response.headers, body: parsed } as Reply;
}

/** Private-key (`/api/*`) call with revision, Authorization and JSON:API content type. */
export const api = (emu: EmulatorServer, method: string, path: string, options: CallOptions = {}) =>
	call(
		emu,
		method,
		path,
		{
			revision: REVISION,
			authorization: `Klaviyo-API-Key ${emu.privateKey}`,
			accept: 'application/vnd.api+json',
			...(options.body !== undefined || options.raw !== undefined
				? { 'content-type': 'application/vnd.api+json' }
				: {}),
		},
		options,
	);

/** Public-key (`/client/*`) call: company_id in the query, no Authorization. */
export const client = (emu: EmulatorServer, method: string, path: string, options: CallOptions = {}) =>
	call(
		emu,
		method,
		path,
		{ revision: REVISION, 'content-type': 'application/json' },
		{ ...options, query: { company_id: emu.publicKey, ...options.query } },
	);

/** Asserts Klaviyo's JSON:API error document and returns its errors. */
export function expectKlaviyoError(reply: Reply, status: number, code?: string) {
	expect(reply.status).toBe(status);
	expect(reply.headers.get('content-type')).toBe('application/vnd.api+json');
	expect(reply.headers.get('access-control-allow-origin')).toBe('*');
	const errors = reply.body.errors as Array<Record<string, unknown>>;
	expect(errors.length).toBeGreaterThan(0);
	for (const error of errors) {
		expect(error).toMatchObject({
			id: expect.stringMatching(/^[0-9a-f-]{36}$/),
			status: expect.any(Number),
			code: expect.any(String),
			title: expect.any(String),
			detail: expect.any(String),
		});
	}
	if (code) expect(errors.map((e) => e.code)).toContain(code);
	return errors;
}

/** Every response the emulator produced so far matched the spec's response schemas. */
export function expectConformingResponses(emu: EmulatorServer) {
	const problems = emu.requests
		.filter((r) => r.responseViolations && r.responseViolations.length > 0)
		.map((r) => `${r.method} ${r.path} → ${r.status}: ${r.responseViolations!.join('; ')}`);
	expect(problems).toEqual([]);
}

// ── Body builders ─────────────────────────────────────────────────────────────────

export const profileBody = (attributes: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
	data: { type: 'profile', attributes, ...extra },
});

export interface EventSpec {
	metric?: string;
	profile?: Record<string, unknown>;
	profileId?: string;
	properties?: Record<string, unknown>;
	time?: string;
	value?: number;
	uniqueId?: string;
}

export const eventAttributes = (spec: EventSpec) => ({
	properties: spec.properties ?? {},
	metric: { data: { type: 'metric', attributes: { name: spec.metric ?? 'Viewed Product' } } },
	...(spec.time ? { time: spec.time } : {}),
	...(spec.value !== undefined ? { value: spec.value } : {}),
	...(spec.uniqueId ? { unique_id: spec.uniqueId } : {}),
});

export const eventBody = (spec: EventSpec) => ({
	data: {
		type: 'event',
		attributes: {
			...eventAttributes(spec),
			profile: {
				data: {
					type: 'profile',
					...(spec.profileId ? { id: spec.profileId } : {}),
					attributes: spec.profile ?? {},
				},
			},
		},
	},
});

export const listBody = (name: string, optIn?: 'single_opt_in' | 'double_opt_in') => ({
	data: { type: 'list', attributes: { name, ...(optIn ? { opt_in_process: optIn } : {}) } },
});

/**
 * Every one of the spec's 345 operations, called through its class method with the arguments the
 * spec describes: the request the emulator receives is the operation's (method, path, query, body)
 * and passes every spec check; the answer is the operation's success, on records the account holds
 * (made first through the API: test/api/seeds.ts), read back as the spec types it.
 */
import { operationCoverage } from 'klaviyo-edge/testing';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/api/index.js';
import { PagePromise } from '../../src/api/index.js';
import { idFor, operations, optionalQuery, requiredOptions } from './examples.js';
import { Seeder } from './seeds.js';
import { useApi } from './setup.js';

// Every answer is checked against the spec's response schema too.
const t = useApi({ validateResponses: true });
type Method = (...args: unknown[]) => unknown;
const classes = api as unknown as Record<string, new (connection: api.Connection) => Record<string, Method>>;
const classNames = [...new Set(operations.map((op) => op.className))];

describe('the classes', () => {
	it('hold 345 methods in 23 classes, one per operation, named after its operationId', () => {
		expect(classNames.sort()).toHaveLength(23);
		let methods = 0;
		for (const name of classNames) {
			const Class = classes[name]!;
			expect(Class, name).toBeTypeOf('function');
			const own = Object.getOwnPropertyNames(Class.prototype).filter((m) => m !== 'constructor');
			const expected = operations.filter((op) => op.className === name).map((op) => op.name);
			expect(own.sort()).toEqual(expected.sort());
			methods += own.length;
		}
		expect(methods).toBe(345);
	});
});

describe.each(classNames)('%s', (className) => {
	const own = operations.filter((op) => op.className === className);
	it.each(own.map((op) => [`${op.name}: ${op.method} ${op.path}`, op] as const))('%s', async (_, op) => {
		const seeder = new Seeder(t.connection, t.emu.publicKey);
		const seeded = op.pathParams.length ? await seeder.pathId(op) : undefined;
		const idOf = (name: string) => (name === op.pathParams[0] && seeded) || idFor(op, name, `${name}-1`);
		const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(idOf(name)));
		const successes = Object.keys(op.operation.responses).filter((code) => code.startsWith('2'));

		/** One call through the class method: the request is this operation's, spec-valid, and succeeds. */
		let calls = 0;
		const call = async (extra: Record<string, unknown>) => {
			// A second create needs its own unique values (external ids, codes, emails), not other ids.
			const n = ++calls;
			const fresh = (value: unknown, key = ''): unknown => {
				if (n === 1 || op.method !== 'POST' || key === 'id' || value instanceof Uint8Array) return value;
				if (typeof value === 'string') return value.replace(/-1$/, `-${n}`).replace(/^ada@/, `ada${n}@`);
				if (Array.isArray(value)) return value.map((item) => fresh(item));
				if (typeof value !== 'object' || value === null) return value;
				return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fresh(v, k)]));
			};
			const body = fresh(await seeder.body(op, seeded));
			const before = t.emu.requests.length;
			const instance = new classes[className]!(t.connection);
			const options = { ...requiredOptions(op, t.emu.publicKey), ...extra };
			const result = instance[op.name]!(
				...op.pathParams.map(idOf),
				...(body === undefined ? [] : [body]),
				options,
			);
			const listing = op.method === 'GET' && op.operation.parameters?.some((p) => p.name === 'page[cursor]');
			expect(result instanceof PagePromise).toBe(Boolean(listing));
			const outcome = await Promise.resolve(result).then(
				(value) => ({ value, error: undefined }),
				(error: unknown) => ({ value: undefined, error }),
			);
			expect(t.emu.requests).toHaveLength(before + 1);
			const request = t.emu.requests.at(-1)!;
			expect({ operationId: request.operationId, method: request.method, path: request.path }).toEqual({
				operationId: op.id,
				method: op.method,
				path,
			});
			expect(request.violations).toEqual([]);
			if (body !== undefined && !(body as { file?: unknown }).file) expect(request.body).toEqual(body);
			// Every time the operation's success: ids name records the account holds.
			expect(outcome.error).toBeUndefined();
			expect(successes).toContain(String(request.status));
			return { request, value: outcome.value as { data?: { id?: string } | null } | undefined };
		};

		// Plainly: the answer is the spec's document (or nothing), and a read answers the record read.
		const { request, value } = await call({});
		if (op.operation.responses[String(request.status)]!.content) {
			// A to-one link with nothing at its end reads `data: null`.
			expect(value).toHaveProperty('data');
			expect(request.responseBody).toEqual(value);
			// (The spec types a to-one link's `data` as an object; empty, Klaviyo and the emulator send null.)
			if (value?.data !== null) expect(request.responseViolations).toEqual([]);
		} else expect(value).toBeUndefined();
		if (seeded && op.method === 'GET' && op.path.endsWith('}')) expect(value?.data?.id).toBe(seeded);

		// With every query option that needs no account state: each reaches the wire under its name.
		const query = optionalQuery(op);
		if (Object.keys(query.wire).length) {
			const again = await call(query.options);
			expect(again.request.query).toMatchObject(query.wire);
		}
	});
});

it('the emulator answers every operation, modelled or synthesized', () => {
	const coverage = operationCoverage();
	expect(Object.keys(coverage).sort()).toEqual(operations.map((op) => op.id).sort());
	expect(new Set(Object.values(coverage))).toEqual(new Set(['modelled', 'synthesized']));
});

/**
 * Every one of the spec's 345 operations, called through its class method with the arguments the
 * spec describes: the request the emulator receives is the operation's (method, path, query, body)
 * and passes every spec check.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/api/index.js';
import { PagePromise } from '../../src/api/index.js';
import { bodyOf, idFor, operations, optionalQuery, requiredOptions } from './examples.js';
import { useApi } from './setup.js';

const t = useApi();
type Method = (...args: unknown[]) => unknown;
const classes = api as unknown as Record<string, new (connection: api.Connection) => Record<string, Method>>;

describe('the classes', () => {
	it('hold 345 methods in 23 classes, one per operation, named after its operationId', () => {
		const names = [...new Set(operations.map((op) => op.className))].sort();
		expect(names).toHaveLength(23);
		let methods = 0;
		for (const name of names) {
			const Class = classes[name]!;
			expect(Class, name).toBeTypeOf('function');
			const own = Object.getOwnPropertyNames(Class.prototype).filter((m) => m !== 'constructor');
			expect(own.sort()).toEqual(
				operations
					.filter((op) => op.className === name)
					.map((op) => op.name)
					.sort(),
			);
			methods += own.length;
		}
		expect(methods).toBe(345);
	});
});

describe.each([...new Set(operations.map((op) => op.className))])('%s', (className) => {
	it.each(
		operations
			.filter((op) => op.className === className)
			.map((op) => [`${op.name}: ${op.method} ${op.path}`, op]),
	)('%s', async (_, op) => {
		const instance = new classes[className]!(t.connection);
		const ids = op.pathParams.map((name) => idFor(op, name, `${name}-1`));
		const body = bodyOf(op);
		const query = optionalQuery(op);
		const options = { ...requiredOptions(op, t.emu.publicKey), ...query.options };
		const result = instance[op.name]!(...ids, ...(body === undefined ? [] : [body]), options);
		const listing = op.method === 'GET' && op.operation.parameters?.some((p) => p.name === 'page[cursor]');
		expect(result instanceof PagePromise).toBe(Boolean(listing));
		const outcome = await Promise.resolve(result).then(
			(value) => ({ value }),
			(error: unknown) => ({ error }),
		);
		expect(t.emu.requests).toHaveLength(1);
		const [request] = t.emu.requests;
		const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
			encodeURIComponent(idFor(op, name, `${name}-1`)),
		);
		expect({ operationId: request!.operationId, method: request!.method, path: request!.path }).toEqual({
			operationId: op.id,
			method: op.method,
			path,
		});
		expect(request!.violations).toEqual([]);
		expect(request!.query).toMatchObject(query.wire);
		if (body !== undefined && !(body as { file?: unknown }).file) expect(request!.body).toEqual(body);
		void outcome;
	});
});

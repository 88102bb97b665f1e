/**
 * Every operation of Klaviyo's stable spec (345) is routed and checked against the spec: a
 * request is matched to its operation, refused without the private key, refused with a query
 * parameter the operation does not declare, and refused with a body its schema rejects.
 */
import { createEmulator } from 'klaviyo-edge/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec, type Operation } from '../../../src/testing/emulator/spec.js';

const REVISION = '2026-07-15';
let operations: Operation[];

beforeAll(async () => {
	operations = (await loadSpec()).operations;
});

/** The operation's path with every template filled (`{id}` → a value its schema accepts). */
function concretePath(operation: Operation): string {
	return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
		const schema = operation.parameters.find((p) => p.in === 'path' && p.name === name)?.schema;
		return encodeURIComponent(String(schema?.enum?.[0] ?? 'some-id'));
	});
}

function headersFor(operation: Operation, emulator: { privateKey: string }, auth = true) {
	const headers: Record<string, string> = { revision: REVISION };
	if (auth && operation.requiresPrivateKey) headers.authorization = `Klaviyo-API-Key ${emulator.privateKey}`;
	if (operation.body.declared && operation.body.mediaType !== 'multipart/form-data') {
		headers['content-type'] = 'application/vnd.api+json';
	}
	return headers;
}

describe('all 345 stable operations', () => {
	it('the spec has 345 operations in 23 tags', () => {
		expect(operations).toHaveLength(345);
		expect(new Set(operations.map((o) => o.tag)).size).toBe(23);
	});

	it('routes each one to its operation, and refuses a private-key operation without the key (401)', async () => {
		const emulator = createEmulator();
		for (const operation of operations) {
			const response = await emulator.fetch(`http://emulator.test${concretePath(operation)}`, {
				method: operation.method,
				headers: headersFor(operation, emulator, false),
			});
			const record = emulator.requests.at(-1)!;
			expect(record.operationId, `${operation.method} ${operation.path}`).toBe(operation.id);
			if (operation.requiresPrivateKey) expect(response.status, operation.id).toBe(401);
		}
	});

	it('refuses a query parameter the operation does not declare (400, naming it)', async () => {
		const emulator = createEmulator();
		for (const operation of operations) {
			const query = operation.requiresPrivateKey ? '' : `&company_id=${emulator.publicKey}`;
			const response = await emulator.fetch(`http://emulator.test${concretePath(operation)}?nope=1${query}`, {
				method: operation.method,
				headers: headersFor(operation, emulator),
			});
			// 415 when a required multipart body is missing too; the query problem is recorded either way.
			expect([400, 415], operation.id).toContain(response.status);
			const record = emulator.requests.at(-1)!;
			expect(record.valid).toBe(false);
			expect(record.violations, operation.id).toContain(
				"400 invalid: 'nope' is not a valid query parameter for this endpoint. (parameter nope)",
			);
		}
	});

	it('refuses a JSON:API body its schema rejects (400 with a pointer) on every operation that takes one', async () => {
		const emulator = createEmulator();
		let checked = 0;
		for (const operation of operations) {
			if (!operation.body.declared || operation.body.mediaType === 'multipart/form-data') continue;
			checked++;
			const query = operation.requiresPrivateKey ? '' : `?company_id=${emulator.publicKey}`;
			const response = await emulator.fetch(`http://emulator.test${concretePath(operation)}${query}`, {
				method: operation.method,
				headers: headersFor(operation, emulator),
				body: JSON.stringify({ data: { type: 'not-a-type', attributes: 42 } }),
			});
			expect(response.status, operation.id).toBe(400);
			const body = (await response.json()) as { errors: Array<{ source?: { pointer?: string } }> };
			expect(
				body.errors.some((e) => e.source?.pointer?.startsWith('/data')),
				operation.id,
			).toBe(true);
		}
		expect(checked).toBe(119);
	});

	it('checks path parameters against their schemas (a mapped metric id outside its enum)', async () => {
		const emulator = createEmulator();
		const response = await emulator.fetch('http://emulator.test/api/mapped-metrics/not-a-mapping', {
			headers: { revision: REVISION, authorization: `Klaviyo-API-Key ${emulator.privateKey}` },
		});
		expect(response.status).toBe(400);
		expect(emulator.requests.at(-1)!.violations.join()).toMatch(/path parameter 'id'/);
	});

	it('checks the X-Klaviyo-API-Filters header of client geofences with the filter grammar', async () => {
		const emulator = createEmulator();
		const get = (filters: string) =>
			emulator.fetch(`http://emulator.test/client/geofences?company_id=${emulator.publicKey}`, {
				headers: { revision: REVISION, 'x-klaviyo-api-filters': filters },
			});
		expect((await get('and(equals(lat,40.7128),equals(lng,-74.0060))')).status).not.toBe(400);
		expect((await get('and(equals(lat,40.7128),equals(lng,-74.0060)')).status).toBe(400);
		expect((await get('equals(city,"Paris")')).status).toBe(400);
	});

	it('takes the image upload as multipart/form-data and refuses JSON there (415)', async () => {
		const emulator = createEmulator();
		const url = 'http://emulator.test/api/image-upload';
		const headers = { revision: REVISION, authorization: `Klaviyo-API-Key ${emulator.privateKey}` };
		const json = await emulator.fetch(url, {
			method: 'POST',
			headers: { ...headers, 'content-type': 'application/vnd.api+json' },
			body: '{}',
		});
		expect(json.status).toBe(415);
		const noFile = new FormData();
		noFile.set('name', 'logo');
		expect((await emulator.fetch(url, { method: 'POST', headers, body: noFile })).status).toBe(400);
		expect(emulator.requests.at(-1)!.violations.join()).toMatch(/'file' is a required property/);
		const form = new FormData();
		form.set('file', new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }), 'logo.png');
		form.set('hidden', 'true');
		await emulator.fetch(url, { method: 'POST', headers, body: form });
		const record = emulator.requests.at(-1)!;
		expect(record.valid).toBe(true);
		expect(record.body).toMatchObject({
			file: { filename: 'logo.png', contentType: 'image/png', size: 4 },
			hidden: 'true',
		});
	});
});

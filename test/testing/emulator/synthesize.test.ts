/**
 * What the emulator answers for an operation it does not model is built from the spec's own
 * response schema: for each of the 345 operations, the synthesized success document passes the
 * spec's response validation, is deterministic, and carries the request's id.
 */
import { beforeAll, expect, it } from 'vitest';
import { schemaAt, validateResponseBody } from '../../../src/testing/emulator/schema-validator.js';
import { loadSpec, type Operation } from '../../../src/testing/emulator/spec.js';
import { synthesize } from '../../../src/testing/emulator/synthesize.js';

let operations: Operation[];

beforeAll(async () => {
	operations = (await loadSpec()).operations;
});

const hintsFor = (operation: Operation) => ({
	id: operation.path.includes('{id}') ? 'REQUESTED-ID' : undefined,
	url: `http://emulator.test${operation.path.replace(/[{}]/g, '')}`,
	seed: operation.id,
});

it('every operation: the synthesized success answer passes the spec response validation', () => {
	const problems: string[] = [];
	let documents = 0;
	for (const operation of operations) {
		const pointer = operation.responseSchemas[String(operation.successStatus)];
		const body = pointer ? synthesize(schemaAt(pointer), hintsFor(operation)) : undefined;
		if (body !== undefined) documents++;
		for (const violation of validateResponseBody(operation, operation.successStatus, body)) {
			problems.push(`${operation.id}: ${violation.pointer} ${violation.message}`);
		}
	}
	expect(problems).toEqual([]);
	// 345 operations; those answering 204 or a bodiless 202 have no document.
	expect(documents).toBe(345 - 49 - 17);
});

it('is deterministic, and the primary resource carries the id the request named', () => {
	const operation = operations.find((o) => o.id === 'get_campaign_recipient_estimation')!;
	const schema = schemaAt(operation.responseSchemas['200']!);
	const first = synthesize(schema, hintsFor(operation)) as { data: { id: string; type: string } };
	expect(synthesize(schema, hintsFor(operation))).toEqual(first);
	expect(first.data).toMatchObject({ id: 'REQUESTED-ID', type: 'campaign-recipient-estimation' });
});

it('a synthesized list is its last page: no links.next or links.prev (one pointing at itself would page forever)', () => {
	const paged = operations.filter((o) => o.parameters.some((p) => p.name === 'page[cursor]'));
	expect(paged.length).toBeGreaterThan(50);
	for (const operation of paged) {
		const body = synthesize(schemaAt(operation.responseSchemas['200']!), hintsFor(operation)) as {
			links: Record<string, unknown>;
		};
		expect(body.links, operation.id).toEqual({ self: hintsFor(operation).url });
	}
});

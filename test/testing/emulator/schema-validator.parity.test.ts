/**
 * The emulator validates with @cfworker/json-schema (it runs in workerd; ajv compiles code with
 * `new Function`, which workerd refuses). This checks that the switch changed no verdict: for
 * every request body in the spec, a family of right and wrong documents gets the same verdict
 * and the same failing places from both validators (ajv 8 + ajv-formats, as the emulator used).
 */
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, expect, it } from 'vitest';
import { validateRequestBody } from '../../../src/testing/emulator/schema-validator.js';
import { escapePointer, JSON_API, loadSpec, type Spec } from '../../../src/testing/emulator/spec.js';

const BASE = 'https://parity.invalid/';
let spec: Spec;
let ajv: Ajv;

beforeAll(async () => {
	spec = await loadSpec();
	ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, inlineRefs: false });
	addFormats(ajv);
	for (const [file, doc] of Object.entries(spec.documents))
		ajv.addSchema({ ...doc, $id: `${BASE}${file}.json` });
});

type Json = Record<string, unknown>;

/** Follows `$ref`s (and single-branch wrappers) within one document. */
function resolve(doc: Json, schema: unknown): Json {
	let node = schema as Json | undefined;
	for (let hops = 0; node && hops < 20; hops++) {
		if (typeof node.$ref === 'string') {
			node = node.$ref
				.slice(2)
				.split('/')
				.reduce<unknown>(
					(at, key) => (at as Json)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')],
					doc,
				) as Json;
		} else if (Array.isArray(node.anyOf)) node = node.anyOf[0] as Json;
		else return node;
	}
	return node ?? {};
}

/** Documents around the schema's own shape: empty, wrong type, each attribute wrong in turn. */
function family(doc: Json, schema: Json): unknown[] {
	const data = resolve(doc, (resolve(doc, schema).properties as Json | undefined)?.data);
	const props = (data.properties ?? {}) as Json;
	const type = (resolve(doc, props.type).enum as unknown[] | undefined)?.[0] ?? 'x';
	const attributes = resolve(doc, props.attributes);
	const attributeProps = Object.keys((attributes.properties ?? {}) as Json);
	const bodies: unknown[] = [
		{},
		{ data: null },
		{ data: [] },
		{ data: { type: 'nope' } },
		{ data: { type } },
	];
	bodies.push({ data: { type, attributes: {} } });
	for (const wrong of [42, 'text', null, [], { nested: true }, '2024-01-01T00:00:00Z', true]) {
		bodies.push({
			data: { type, id: 'X', attributes: Object.fromEntries(attributeProps.map((name) => [name, wrong])) },
		});
	}
	return bodies;
}

// The `{enum: [null]}` branch that stands for OpenAPI's `nullable` (reported when a value is not null).
const isNullBranch = (e: ErrorObject) =>
	e.keyword === 'enum' && JSON.stringify(e.params.allowedValues) === '[null]';

/** Where ajv finds failures, without branch noise that has a more specific failure at or below it. */
function ajvPlaces(errors: ErrorObject[] | null | undefined): string[] {
	const all = errors ?? [];
	const branchy = (e: ErrorObject) => isNullBranch(e) || e.keyword === 'anyOf' || e.keyword === 'oneOf';
	const place = (e: ErrorObject) =>
		e.keyword === 'required'
			? `${e.instancePath}/${escapePointer(String(e.params.missingProperty))}`
			: e.instancePath;
	const specific = all.filter((e) => !branchy(e)).map(place);
	const kept = all.filter(
		(e) => !branchy(e) || !specific.some((p) => p === e.instancePath || p.startsWith(`${e.instancePath}/`)),
	);
	return [...new Set(kept.map(place))].sort();
}

it('ajv and the emulator agree on every request body in the spec', () => {
	let compared = 0;
	const disagreements: string[] = [];
	for (const operation of spec.operations) {
		if (!operation.body.declared) continue;
		const doc = spec.documents[operation.file] as unknown as Json;
		const pointer = `${operation.pointer}/requestBody/content/${escapePointer(JSON_API)}/schema`;
		const schema = pointer
			.slice(1)
			.split('/')
			.reduce<unknown>((at, key) => (at as Json)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc) as Json;
		const check = ajv.getSchema(`${BASE}${operation.file}.json#${pointer}`)!;
		for (const body of family(doc, schema)) {
			compared++;
			const ajvValid = check(body) as boolean;
			const ours = validateRequestBody(operation, body);
			const theirs = ajvPlaces(check.errors).join(' ');
			const mine = [...new Set(ours.map((v) => v.pointer))].sort().join(' ');
			if (ajvValid !== (ours.length === 0) || theirs !== mine) {
				disagreements.push(`${operation.id} ${JSON.stringify(body)}: ajv [${theirs}] ours [${mine}]`);
			}
		}
	}
	expect(compared).toBeGreaterThan(300);
	expect(disagreements).toEqual([]);
});

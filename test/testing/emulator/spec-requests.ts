/**
 * Requests built from the spec for tests that call every operation: a request body from the
 * operation's own schema (the emulator's synthesizer, with meaningful text where a string's
 * name says what it holds: an email, a URL, an external id), its linkage pointed at records
 * that exist, and a required `filter` from the operation's `x-klaviyo-filters`.
 */
import { requestSchemaPointer, schemaAt } from '../../../src/testing/emulator/schema-validator.js';
import type { Operation } from '../../../src/testing/emulator/spec.js';
import { synthesize } from '../../../src/testing/emulator/synthesize.js';

let counter = 0;

/** Text by what the member is called; unique where Klaviyo wants it unique; `metric_id` an existing metric's. */
function text(path: string[], ids: IdSource): string | undefined {
	const name = path.at(-1) ?? '';
	const n = ++counter;
	const named = /^(\w+)_id$/.exec(name)?.[1];
	if (named && ids(named.replace(/_/g, '-'))) return ids(named.replace(/_/g, '-'));
	if (name === 'email' || name.endsWith('_email')) return `person${n}@example.com`;
	if (name === 'phone_number') return `+1500555${String(1000 + (n % 9000)).padStart(4, '0')}`;
	if (name === 'url' || name.endsWith('_url') || name === 'endpoint_url') return `https://example.com/${n}`;
	if (name === 'import_from_url') return `https://example.com/logo-${n}.png`;
	if (['external_id', 'unique_code', 'sku', 'token', 'unique_id'].includes(name))
		return `${name.toUpperCase()}-${n}`;
	if (name === 'html') return '<html><body>Hello {{ first_name }}</body></html>';
	if (name === 'timezone') return 'America/New_York';
	if (name === 'currency' || name === 'value_currency') return 'USD';
	if (name === 'country') return 'US';
	return `${name || 'value'} ${n}`;
}

/** An existing record of the type, when the test holds one. */
export type IdSource = (type: string) => string | undefined;

/** A valid JSON:API request body for the operation, linked to existing records. */
export function requestBody(operation: Operation, ids: IdSource, pathId?: string): unknown {
	const schema = schemaAt(requestSchemaPointer(operation));
	const body = synthesize(schema, {
		id: pathId,
		url: 'https://example.com/',
		seed: operation.id,
		text: (path) => text(path, ids),
		full: 1,
	});
	linkTo(body, ids, true);
	// An optional id of the primary resource (an upsert's) names an existing record or none.
	const data = (body as { data?: { type?: string; id?: string } }).data;
	if (!pathId && data && !Array.isArray(data) && data.type && data.id) {
		const existing = ids(data.type);
		if (existing) data.id = existing;
		else delete data.id;
	}
	return withoutUnset(body);
}

/**
 * Every linkage `{type, id}` names an existing record of that type when the test holds one;
 * a to-many linkage to a type it holds none of is emptied (it is optional where it matters).
 * The primary resource (the top `data` with attributes) keeps its id.
 */
function linkTo(node: unknown, ids: IdSource, top: boolean): void {
	if (Array.isArray(node)) {
		for (const item of node) linkTo(item, ids, false);
		return;
	}
	if (!node || typeof node !== 'object') return;
	const object = node as Record<string, unknown>;
	for (const [key, value] of Object.entries(object)) {
		linkTo(value, ids, false);
		if (key !== 'data' || !value || typeof value !== 'object') continue;
		if (top && !Array.isArray(value) && 'attributes' in value) continue;
		if (Array.isArray(value)) {
			object[key] = value.filter((linkage) => relink(linkage, ids));
		} else relink(value, ids);
	}
}

/** Points a linkage at an existing record; false when there is none of its type. */
function relink(linkage: unknown, ids: IdSource): boolean {
	const record = linkage as { type?: unknown; id?: unknown };
	if (typeof record.type !== 'string' || typeof record.id !== 'string') return true;
	const existing = ids(record.type);
	if (existing) record.id = existing;
	return existing !== undefined;
}

/** A filter the operation accepts: `equals` on a field it allows, preferring enumerated ones. */
export function requiredFilter(operation: Operation): string {
	const fields = Object.entries(operation.filters ?? {}).filter(([, rule]) =>
		rule.operators.single?.includes('equals'),
	);
	const [field, rule] = fields.find(([, r]) => r.value?.enum) ?? fields[0]!;
	const value = rule.value;
	let shown: string;
	if (value?.enum) shown = `'${value.enum[0]}'`;
	else if (value?.format === 'date-time') shown = '2026-01-01T00:00:00Z';
	else if (value?.type === 'boolean') shown = 'true';
	else if (value?.type === 'integer' || value?.type === 'number') shown = '1';
	else shown = "'x'";
	return `equals(${field},${shown})`;
}

/** Values for the query parameters an operation requires (besides `filter` and `company_id`). */
export function requiredQuery(operation: Operation): Record<string, string> {
	const query: Record<string, string> = {};
	for (const parameter of operation.parameters) {
		if (parameter.in !== 'query' || !parameter.required || ['filter', 'company_id'].includes(parameter.name))
			continue;
		query[parameter.name] = String(parameter.schema?.enum?.[0] ?? parameter.example ?? 'x');
	}
	return query;
}

/**
 * klaviyo-api 23 cannot send a profile's `meta.patch_properties.unset` (its model lists the
 * alternative as `Array&lt;string&gt;`, HTML-escaped, and its serializer throws on any value):
 * requests built for it leave the member out.
 */
function withoutUnset<T>(node: T): T {
	if (Array.isArray(node)) node.forEach(withoutUnset);
	else if (node && typeof node === 'object') {
		delete (node as Record<string, unknown>).unset;
		for (const value of Object.values(node)) withoutUnset(value);
	}
	return node;
}

/**
 * Plausible values from the spec's schemas, for the differential test: every property set
 * (optional ones too, so every conversion is exercised), the first alternative and enum value, one
 * item per array, date-times in ISO 8601, and free-form maps holding snake_case and camelCase keys
 * (a conversion inside one would show).
 */
import { deref, type Schema } from '../../scripts/klaviyo-api-sdk.mjs';

const FREE_FORM = { first_purchase: 'yes', lifetimeValue: 3, nested_map: { inner_key: true } };

export function sample(schema: Schema | undefined, depth = 0): unknown {
	const s = deref(schema);
	const alternatives = s.oneOf ?? s.anyOf;
	if (alternatives) return sample(alternatives[0], depth);
	if (s.allOf) return Object.assign({}, ...s.allOf.map((part: Schema) => sample(part, depth)));
	if (s.enum) return s.enum[0];
	switch (s.type) {
		case 'string':
			return s.format === 'date-time'
				? '2024-05-06T07:08:09.000Z'
				: s.format === 'date'
					? '2024-05-06'
					: 'text';
		case 'integer':
		case 'number':
			return 1;
		case 'boolean':
			return true;
		case 'array':
			return depth > 10 ? [] : [sample(s.items, depth + 1)];
	}
	if (!s.properties)
		return s.type === 'object' || s.additionalProperties ? { ...FREE_FORM } : s.nullable ? null : 'any';
	const required = new Set<string>(s.required ?? []);
	const out: Record<string, unknown> = {};
	for (const [key, property] of Object.entries<Schema>(s.properties)) {
		// Deep in a recursive definition, only what is required.
		if (depth > 8 && !required.has(key)) continue;
		out[key] = sample(property, depth + 1);
	}
	return out;
}

/** A value of a query parameter, as klaviyo-api takes it (a list for `fields[…]`, `include`). */
export function sampleParameter(name: string, schema: Schema, example?: unknown): unknown {
	const s = deref(schema);
	if (name === 'filter') return typeof example === 'string' ? example : 'equals(id,"abc")';
	if (name === 'page[cursor]' || name === 'page_cursor') return 'cursor-1';
	if (s.type === 'array') {
		const values: unknown[] = deref(s.items).enum ?? ['a', 'b'];
		return values.slice(0, 2);
	}
	if (s.enum) return s.enum[0];
	if (s.type === 'integer' || s.type === 'number') return s.maximum ? Math.min(5, s.maximum) : 5;
	if (s.type === 'boolean') return true;
	return typeof example === 'string' ? example : 'value';
}

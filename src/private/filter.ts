/**
 * Builders for Klaviyo's `filter` query language, e.g.
 * `and(equals(profile_id,"01H…"),greater-or-equal(timestamp,1606262400))`.
 * Strings are JSON-quoted (so quotes, backslashes and `+` in emails survive), dates are ISO and
 * unquoted, numbers and booleans are bare: the same encoding Klaviyo's own SDK uses.
 */

export type FilterValue = string | number | boolean | Date | null;

/** `equals(field,value)`. */
export function equals(field: string, value: FilterValue): string {
	return `equals(${field},${literal(value)})`;
}

/** `any(field,[v1,v2])`: the field equals one of the values. */
export function any(field: string, values: readonly FilterValue[]): string {
	return `any(${field},[${values.map(literal).join(',')}])`;
}

export function greaterOrEqual(field: string, value: FilterValue): string {
	return `greater-or-equal(${field},${literal(value)})`;
}

export function lessOrEqual(field: string, value: FilterValue): string {
	return `less-or-equal(${field},${literal(value)})`;
}

export function lessThan(field: string, value: FilterValue): string {
	return `less-than(${field},${literal(value)})`;
}

/** Joins conditions; empty ones are skipped, one is returned as is, none gives `''`. */
export function and(...conditions: Array<string | undefined | false>): string {
	const kept = conditions.filter((c): c is string => Boolean(c));
	return kept.length < 2 ? (kept[0] ?? '') : `and(${kept.join(',')})`;
}

function literal(value: FilterValue): string {
	if (value instanceof Date) return value.toISOString();
	if (typeof value === 'string') return JSON.stringify(value);
	return String(value);
}

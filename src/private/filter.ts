/**
 * Builders for Klaviyo's `filter` query language, e.g.
 * `and(equals(profile_id,"01H…"),greater-or-equal(timestamp,1606262400))`, and the check every
 * filter string passes before it is sent. Strings are JSON-quoted (so quotes, backslashes and `+`
 * in emails survive), dates are ISO and unquoted, numbers and booleans are bare: the same encoding
 * Klaviyo's own SDK uses.
 */
import { invalid } from '../core/errors.js';

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

export function greaterThan(field: string, value: FilterValue): string {
	return `greater-than(${field},${literal(value)})`;
}

/** `contains(field,value)`: a string field holds the text, or a list field holds the value. */
export function contains(field: string, value: FilterValue): string {
	return `contains(${field},${literal(value)})`;
}

export function startsWith(field: string, value: string): string {
	return `starts-with(${field},${literal(value)})`;
}

export function endsWith(field: string, value: string): string {
	return `ends-with(${field},${literal(value)})`;
}

/** `has(field)`: the field is set. */
export function has(field: string): string {
	return `has(${field})`;
}

/** Joins conditions; empty ones are skipped, one is returned as is, none gives `''`. */
export function and(...conditions: Array<string | undefined | false>): string {
	const kept = conditions.filter((c): c is string => Boolean(c));
	return kept.length < 2 ? (kept[0] ?? '') : `and(${kept.join(',')})`;
}

/** What Klaviyo would refuse (as a 400) or misread: a quote or a bracket left open. */
export const FILTER_RULE = 'must close every quote, parenthesis and bracket it opens';

/**
 * Refuses a filter string whose quotes, parentheses or brackets do not balance, naming `field`.
 * Inside a quoted string (`"…"` or `'…'`) brackets are text and `\` escapes the next character.
 */
export function checkFilter(filter: string, field = 'filter'): void {
	const open: string[] = [];
	let quote = '';
	for (let i = 0; i < filter.length; i++) {
		const c = filter[i]!;
		if (quote) {
			if (c === '\\') i++;
			else if (c === quote) quote = '';
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '(' || c === '[') open.push(c === '(' ? ')' : ']');
		else if ((c === ')' || c === ']') && open.pop() !== c) throw invalid(field, FILTER_RULE);
	}
	if (quote || open.length) throw invalid(field, FILTER_RULE);
}

function literal(value: FilterValue): string {
	if (value instanceof Date) return value.toISOString();
	if (typeof value === 'string') return JSON.stringify(value);
	return String(value);
}

/** A value as filters write it: klaviyo-edge/klaviyo-api's FilterBuilder writes lists of them. */
export { literal as filterLiteral };

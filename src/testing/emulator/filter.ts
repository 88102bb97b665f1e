/**
 * Klaviyo's `filter` expression language: parse and evaluate.
 *
 *   equals(email,"a@b.com")                and(equals(profile_id,"01H…"),equals(metric_id,'Xy12Ab'))
 *   any(id,["a","b"])                      greater-or-equal(datetime,2024-01-01T00:00:00Z)
 *   has(profile)                           not(contains(name,"test"))
 *
 * Values: double- or single-quoted strings (JSON escapes), numbers, true/false, null,
 * unquoted ISO dates/datetimes, and `[...]` lists of those.
 */

export const COMPARISON_OPERATORS = [
	'equals',
	'any',
	'contains',
	'contains-any',
	'contains-all',
	'greater-than',
	'greater-or-equal',
	'less-than',
	'less-or-equal',
	'has',
	'starts-with',
	'ends-with',
] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

export type FilterValue = string | number | boolean | null | Date | FilterValue[];

export type FilterNode =
	| { kind: 'and' | 'or'; children: FilterNode[] }
	| { kind: 'not'; child: FilterNode }
	| { kind: 'condition'; operator: ComparisonOperator; field: string; value?: FilterValue };

export type FilterCondition = Extract<FilterNode, { kind: 'condition' }>;

export class FilterSyntaxError extends Error {
	constructor(
		message: string,
		readonly position: number,
	) {
		super(`${message} at position ${position}`);
		this.name = 'FilterSyntaxError';
	}
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Parses a filter expression; throws FilterSyntaxError with a position on bad input. */
export function parseFilter(input: string): FilterNode {
	const parser = new Parser(input);
	const node = parser.expression();
	parser.skipSpace();
	if (!parser.done()) throw new FilterSyntaxError('Unexpected trailing input', parser.pos);
	return node;
}

class Parser {
	pos = 0;
	constructor(private readonly text: string) {}

	done = () => this.pos >= this.text.length;
	skipSpace() {
		while (!this.done() && /\s/.test(this.text[this.pos]!)) this.pos++;
	}

	expect(char: string) {
		this.skipSpace();
		if (this.text[this.pos] !== char) throw new FilterSyntaxError(`Expected '${char}'`, this.pos);
		this.pos++;
	}

	peek(): string | undefined {
		this.skipSpace();
		return this.text[this.pos];
	}

	expression(): FilterNode {
		this.skipSpace();
		const start = this.pos;
		const name = this.readWhile(/[a-z-]/);
		if (!name) throw new FilterSyntaxError('Expected an operator such as equals(…)', start);
		this.expect('(');
		if (name === 'and' || name === 'or') {
			const children = [this.expression()];
			while (this.peek() === ',') {
				this.pos++;
				children.push(this.expression());
			}
			this.expect(')');
			return { kind: name, children };
		}
		if (name === 'not') {
			const child = this.expression();
			this.expect(')');
			return { kind: 'not', child };
		}
		if (!(COMPARISON_OPERATORS as readonly string[]).includes(name)) {
			throw new FilterSyntaxError(`Unknown operator '${name}'`, start);
		}
		const operator = name as ComparisonOperator;
		this.skipSpace();
		const fieldStart = this.pos;
		const field = this.readWhile(/[^,()]/).trim();
		if (!field) throw new FilterSyntaxError('Expected a field name', fieldStart);
		if (operator === 'has') {
			this.expect(')');
			return { kind: 'condition', operator, field };
		}
		this.expect(',');
		const value = this.value();
		this.expect(')');
		return { kind: 'condition', operator, field, value };
	}

	value(): FilterValue {
		this.skipSpace();
		const char = this.text[this.pos];
		if (char === '"' || char === "'") return this.quoted(char);
		if (char === '[') {
			this.pos++;
			const items: FilterValue[] = [];
			if (this.peek() === ']') {
				this.pos++;
				return items;
			}
			items.push(this.value());
			while (this.peek() === ',') {
				this.pos++;
				items.push(this.value());
			}
			this.expect(']');
			return items;
		}
		const start = this.pos;
		const token = this.readWhile(/[^,)\]\s]/);
		if (!token) throw new FilterSyntaxError('Expected a value', start);
		if (token === 'true') return true;
		if (token === 'false') return false;
		if (token === 'null') return null;
		if (NUMBER.test(token)) return Number(token);
		if (DATE_TIME.test(token)) {
			// A datetime without an offset means UTC (JavaScript would read it as local time).
			const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/.test(token) || !/[T ]/.test(token);
			const date = new Date(hasZone ? token : `${token.replace(' ', 'T')}Z`);
			if (Number.isNaN(date.getTime())) throw new FilterSyntaxError(`Invalid date '${token}'`, start);
			return date;
		}
		throw new FilterSyntaxError(`Unquoted value '${token}' (strings must be quoted)`, start);
	}

	/** A quoted string with JSON escapes; single quotes may escape `\'`. */
	quoted(quote: string): string {
		const start = this.pos;
		this.pos++;
		let body = '';
		while (!this.done() && this.text[this.pos] !== quote) {
			const char = this.text[this.pos]!;
			if (char === '\\') {
				const next = this.text[this.pos + 1];
				if (next === undefined) break;
				// Inside single quotes, \' is an escaped quote; everything else is a JSON escape.
				body += next === "'" ? "'" : char + next;
				this.pos += 2;
				continue;
			}
			body += char === '"' ? '\\"' : char;
			this.pos++;
		}
		if (this.done()) throw new FilterSyntaxError('Unterminated string', start);
		this.pos++;
		try {
			return JSON.parse(`"${body}"`) as string;
		} catch {
			throw new FilterSyntaxError('Invalid escape in string', start);
		}
	}

	private readWhile(pattern: RegExp): string {
		const start = this.pos;
		while (!this.done() && pattern.test(this.text[this.pos]!)) this.pos++;
		return this.text.slice(start, this.pos);
	}
}

/** Every comparison in the expression, in order (for validating fields and operators). */
export function conditionsOf(node: FilterNode): FilterCondition[] {
	switch (node.kind) {
		case 'condition':
			return [node];
		case 'not':
			return conditionsOf(node.child);
		default:
			return node.children.flatMap(conditionsOf);
	}
}

/** Evaluates the expression against a record; fields are dotted paths (`location.city`). */
export function evaluateFilter(node: FilterNode, record: unknown): boolean {
	switch (node.kind) {
		case 'and':
			return node.children.every((child) => evaluateFilter(child, record));
		case 'or':
			return node.children.some((child) => evaluateFilter(child, record));
		case 'not':
			return !evaluateFilter(node.child, record);
		case 'condition':
			return evaluateCondition(node, resolvePath(record, node.field));
	}
}

/**
 * Values at a dotted path. Arrays met on the way are fanned out, so
 * `subscriptions.email.marketing.list_suppressions.list_id` yields every suppression's
 * list id. A key that itself contains dots (an event property "a.b") is tried first.
 */
export function resolvePath(record: unknown, path: string): unknown[] {
	if (record === null || record === undefined) return [];
	if (Array.isArray(record)) return record.flatMap((item) => resolvePath(item, path));
	if (typeof record !== 'object') return [];
	const object = record as Record<string, unknown>;
	if (path in object) return [object[path]];
	const dot = path.indexOf('.');
	if (dot < 0) return [];
	return resolvePath(object[path.slice(0, dot)], path.slice(dot + 1));
}

function evaluateCondition(condition: FilterCondition, candidates: unknown[]): boolean {
	const { operator, value } = condition;
	const present = candidates.filter((c) => c !== undefined && c !== null);
	switch (operator) {
		case 'has':
			return present.some((c) => !Array.isArray(c) || c.length > 0);
		case 'equals':
			if (value === null || value === undefined) return present.length === 0;
			return present.some((c) => asList(value).some((v) => same(c, v)));
		case 'any':
			return present.some((c) => asList(value).some((v) => same(c, v)));
		case 'contains':
			return present.some((c) => contains(c, value));
		case 'contains-any':
			return present.some((c) => asList(value).some((v) => contains(c, v)));
		case 'contains-all':
			return present.some((c) => asList(value).every((v) => contains(c, v)));
		case 'starts-with':
			return present.some((c) => typeof c === 'string' && typeof value === 'string' && c.startsWith(value));
		case 'ends-with':
			return present.some((c) => typeof c === 'string' && typeof value === 'string' && c.endsWith(value));
		case 'greater-than':
			return present.some((c) => ordered(compare(c, value), (order) => order > 0));
		case 'greater-or-equal':
			return present.some((c) => ordered(compare(c, value), (order) => order >= 0));
		case 'less-than':
			return present.some((c) => ordered(compare(c, value), (order) => order < 0));
		case 'less-or-equal':
			return present.some((c) => ordered(compare(c, value), (order) => order <= 0));
	}
}

/** Incomparable pairs (a date against a boolean, say) never match a range operator. */
const ordered = (order: number | undefined, test: (order: number) => boolean) =>
	order !== undefined && test(order);

const asList = (value: FilterValue | undefined): FilterValue[] =>
	Array.isArray(value) ? value : value === undefined ? [] : [value];

function same(candidate: unknown, value: FilterValue): boolean {
	if (value instanceof Date) return compare(candidate, value) === 0;
	if (Array.isArray(candidate)) return JSON.stringify(candidate) === JSON.stringify(value);
	return candidate === value;
}

function contains(candidate: unknown, value: FilterValue | undefined): boolean {
	if (Array.isArray(candidate)) return candidate.some((item) => value !== undefined && same(item, value));
	if (typeof candidate === 'string' && typeof value === 'string') return candidate.includes(value);
	return false;
}

/** Orders candidate against value: dates by instant, numbers numerically, strings lexically. */
function compare(candidate: unknown, value: FilterValue | undefined): number | undefined {
	if (value instanceof Date) {
		const instant = toInstant(candidate);
		return instant === undefined ? undefined : instant - value.getTime();
	}
	if (typeof value === 'number') {
		const number = typeof candidate === 'string' && NUMBER.test(candidate) ? Number(candidate) : candidate;
		return typeof number === 'number' ? number - value : undefined;
	}
	if (typeof value === 'string' && typeof candidate === 'string') {
		const a = Date.parse(candidate);
		const b = Date.parse(value);
		if (DATE_TIME.test(value) && !Number.isNaN(a) && !Number.isNaN(b)) return a - b;
		return candidate < value ? -1 : candidate > value ? 1 : 0;
	}
	return undefined;
}

function toInstant(candidate: unknown): number | undefined {
	if (candidate instanceof Date) return candidate.getTime();
	if (typeof candidate === 'number') return candidate;
	if (typeof candidate === 'string') {
		const ms = Date.parse(candidate);
		return Number.isNaN(ms) ? undefined : ms;
	}
	return undefined;
}

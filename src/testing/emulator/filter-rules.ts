/**
 * Which filter fields and operators an operation accepts, and checking a parsed filter
 * against them. The source of truth is the operation's `x-klaviyo-filters` extension:
 *
 *   "email": { "operators": { "list": ["any","equals"], "single": ["equals"] }, "value": { "type": "string" } }
 *
 * `single` operators take one value, `list` operators take a `[...]` list, `none` ones
 * (`has`) take no value. Operations without the extension fall back to the "Allowed
 * field(s)/operator(s)" lines of the `filter` parameter description.
 */
import { conditionsOf, type FilterCondition, type FilterNode, type FilterValue } from './filter.js';
import type { FilterSpecField, Operation } from './spec.js';

export type FilterRules = Record<string, FilterSpecField>;

/** Operators that need a list value whatever the spec group says. */
const LIST_ONLY = new Set(['any', 'contains-any', 'contains-all']);

export function filterRulesFor(operation: Operation): FilterRules | undefined {
	if (operation.filters) return operation.filters;
	const parameter = operation.parameters.find((p) => p.name === 'filter' && p.in === 'query');
	return parameter?.description ? rulesFromDescription(parameter.description) : undefined;
}

/** "`email`: `any`, `equals`<br>`created`: `greater-than`" → rules (values untyped). */
export function rulesFromDescription(description: string): FilterRules | undefined {
	const [, allowed] = description.split(/Allowed field\(s\)\/operator\(s\):/);
	if (!allowed) return undefined;
	const rules: FilterRules = {};
	for (const line of allowed.split(/<br>|\n/)) {
		const match = /^\s*`([^`]+)`:\s*(.+)$/.exec(line);
		if (!match) continue;
		const operators = [...match[2]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
		rules[match[1]!] = {
			operators: {
				single: operators.filter((o) => !LIST_ONLY.has(o) && o !== 'has'),
				list: operators.filter((o) => LIST_ONLY.has(o) || o === 'equals'),
				none: operators.filter((o) => o === 'has'),
			},
		};
	}
	return rules;
}

/** Human-readable problems with a parsed filter under the given rules (empty when fine). */
export function checkFilter(node: FilterNode, rules: FilterRules): string[] {
	return conditionsOf(node).flatMap((condition) => checkCondition(condition, rules));
}

function checkCondition(condition: FilterCondition, rules: FilterRules): string[] {
	const { field, operator, value } = condition;
	const rule = rules[field];
	if (!rule) {
		const allowed = Object.keys(rules);
		return [`'${field}' is not a filterable field here; allowed: ${allowed.join(', ') || 'none'}`];
	}
	const groups = rule.operators;
	const single = groups.single ?? [];
	const list = groups.list ?? [];
	const none = groups.none ?? [];
	if (![...single, ...list, ...none].includes(operator)) {
		const allowed = [...new Set([...single, ...list, ...none])];
		return [`'${operator}' is not a valid operator for '${field}'; allowed: ${allowed.join(', ')}`];
	}
	if (none.includes(operator)) return [];
	const isList = Array.isArray(value);
	if (LIST_ONLY.has(operator) && !isList)
		return [`'${operator}(${field}, …)' needs a list value like ["a","b"]`];
	// `equals` on a list-only field accepts a single value too (Klaviyo treats it as a one-item list).
	if (isList && !list.includes(operator))
		return [`'${operator}(${field}, …)' takes a single value, not a list`];
	const values = isList ? (value as FilterValue[]) : [value as FilterValue];
	return values.flatMap((v) => checkValue(field, v, rule.value));
}

function checkValue(field: string, value: FilterValue, spec: FilterSpecField['value']): string[] {
	if (!spec?.type) return [];
	const shown = value instanceof Date ? value.toISOString() : JSON.stringify(value);
	if (spec.type === 'string' && spec.format === 'date-time') {
		if (value instanceof Date) return [];
		if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return [];
		return [`'${field}' needs a datetime such as 2024-01-01T00:00:00Z, got ${shown}`];
	}
	if (spec.type === 'string') {
		if (typeof value !== 'string') return [`'${field}' needs a quoted string, got ${shown}`];
		if (spec.enum && !spec.enum.includes(value)) {
			return [`'${field}' must be one of ${spec.enum.map((v) => JSON.stringify(v)).join(', ')}`];
		}
		return [];
	}
	if (spec.type === 'number' || spec.type === 'integer') {
		const ok = typeof value === 'number' && (spec.type === 'number' || Number.isInteger(value));
		return ok ? [] : [`'${field}' needs a${spec.type === 'integer' ? 'n integer' : ' number'}, got ${shown}`];
	}
	if (spec.type === 'boolean')
		return typeof value === 'boolean' ? [] : [`'${field}' needs true or false, got ${shown}`];
	return [];
}

/** "- `lat` (equals) - Latitude …" lines of a header parameter's description → rules (numbers or strings). */
export function headerFilterRules(description: string): FilterRules {
	const rules: FilterRules = {};
	for (const match of description.matchAll(/^\s*-\s*`([^`]+)`\s*\(([^)]*)\)/gm)) {
		const operators = match[2]!.split(/[,\s]+/).filter(Boolean);
		rules[match[1]!] = {
			operators: {
				single: operators.filter((o) => !LIST_ONLY.has(o)),
				list: operators.filter((o) => LIST_ONLY.has(o)),
			},
		};
	}
	return rules;
}

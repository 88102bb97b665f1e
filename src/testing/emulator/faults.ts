/**
 * Fault injection: rules that make matching requests fail (status), hang (delayMs) or
 * lose their connection (drop), to exercise SDK retries, timeouts and error handling.
 *
 * Selection per rule: `nth` picks positions among the requests matching its
 * method/path; otherwise `rate` is a probability per request; otherwise `times`
 * (default 1) consumes one use per affected request. When several rules match, the
 * first one added that fires wins; every matching rule still counts the request for `nth`.
 */
import type { FaultRule } from './types.js';

interface ActiveRule {
	rule: FaultRule;
	/** Requests seen that matched method/path (for `nth`). */
	matched: number;
	/** Uses left when selecting by `times`. */
	remaining: number;
}

export class FaultRegistry {
	private rules: ActiveRule[] = [];

	add(rule: FaultRule): void {
		const problem = describeProblem(rule);
		if (problem) throw new TypeError(`Invalid fault rule: ${problem}`);
		this.rules.push({ rule: { ...rule }, matched: 0, remaining: rule.times ?? 1 });
	}

	clear(): void {
		this.rules = [];
	}

	/** The rule to apply to this request, if any (consuming a use of it). */
	take(method: string, path: string): FaultRule | undefined {
		let chosen: FaultRule | undefined;
		for (const active of this.rules) {
			const { rule } = active;
			if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
			if (rule.path && !pathMatches(rule.path, path)) continue;
			active.matched += 1;
			if (chosen) continue;
			if (rule.nth) {
				if (rule.nth.includes(active.matched)) chosen = rule;
			} else if (rule.rate !== undefined) {
				if (Math.random() < rule.rate) chosen = rule;
			} else if (active.remaining > 0) {
				active.remaining -= 1;
				chosen = rule;
			}
		}
		return chosen;
	}
}

const pathMatches = (pattern: string, path: string) =>
	pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;

/** Short label recorded on the request, e.g. `delay 500ms + status 503`. */
export function describeFault(rule: FaultRule): string {
	const parts: string[] = [];
	if (rule.delayMs) parts.push(`delay ${rule.delayMs}ms`);
	if (rule.drop) parts.push('drop');
	else if (rule.status !== undefined) parts.push(`status ${rule.status}`);
	return parts.join(' + ');
}

function describeProblem(rule: FaultRule): string | undefined {
	if (rule.status === undefined && !rule.drop && !rule.delayMs)
		return 'give at least one of status, delayMs or drop';
	if (
		rule.status !== undefined &&
		(!Number.isInteger(rule.status) || rule.status < 200 || rule.status > 599)
	) {
		return `status must be a final HTTP status (200-599), got ${rule.status}`;
	}
	if (rule.delayMs !== undefined && !(rule.delayMs >= 0)) return 'delayMs must be >= 0';
	if (rule.times !== undefined && !(rule.times >= 1)) return 'times must be >= 1 (Infinity allowed)';
	if (rule.rate !== undefined && !(rule.rate >= 0 && rule.rate <= 1)) return 'rate must be between 0 and 1';
	if (
		rule.nth !== undefined &&
		!(Array.isArray(rule.nth) && rule.nth.every((n) => Number.isInteger(n) && n >= 1))
	) {
		return 'nth must be a list of 1-based positions';
	}
	if (
		rule.retryAfter !== undefined &&
		typeof rule.retryAfter !== 'number' &&
		typeof rule.retryAfter !== 'string'
	) {
		return 'retryAfter must be seconds or an HTTP-date string';
	}
	return undefined;
}

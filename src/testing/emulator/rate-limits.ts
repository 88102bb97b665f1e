/**
 * Klaviyo's published rate limits for the bulk-job endpoints (`POST /api/*-jobs`), read from each
 * operation's description ("Burst: `10/s` … Steady: `150/m`"), per account. Off by default so
 * other tests are unaffected; on, a request over either window gets Klaviyo's 429 with
 * `Retry-After` (seconds until a slot frees) and does nothing.
 */
import type { Operation } from './spec.js';

interface Window {
	limit: number;
	ms: number;
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export class BulkRateLimits {
	enabled: boolean;
	/** Arrival times of the requests each operation let through, oldest first. */
	private readonly log = new Map<string, number[]>();

	constructor(private readonly initially = false) {
		this.enabled = initially;
	}

	/** Back to the emulator's option, with empty windows. */
	reset(): void {
		this.enabled = this.initially;
		this.log.clear();
	}

	/** Records the request when it fits; otherwise the whole seconds to wait (never 0). */
	take(operation: Operation, now = Date.now()): number | undefined {
		if (!this.enabled || operation.method !== 'POST' || !operation.path.endsWith('-jobs')) return undefined;
		const windows = windowsOf(operation.description);
		if (!windows.length) return undefined;
		const times = this.log.get(operation.id) ?? [];
		const longest = Math.max(...windows.map((w) => w.ms));
		while (times.length && times[0]! <= now - longest) times.shift();
		let wait = 0;
		for (const { limit, ms } of windows) {
			const inside = times.filter((t) => t > now - ms);
			if (inside.length >= limit) wait = Math.max(wait, inside[inside.length - limit]! + ms - now);
		}
		if (wait > 0) return Math.max(1, Math.ceil(wait / 1000));
		times.push(now);
		this.log.set(operation.id, times);
		return undefined;
	}
}

/** `Burst: `10/s`` and `Steady: `150/m`` → two windows. */
function windowsOf(description: string): Window[] {
	return [...description.matchAll(/(?:Burst|Steady):\s*`(\d+)\/([smhd])`/g)].map(([, limit, unit]) => ({
		limit: Number(limit),
		ms: UNIT_MS[unit!]!,
	}));
}

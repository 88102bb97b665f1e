/**
 * Abuse limits: how many requests one client (by IP) and the whole site may send per second and
 * per minute. The site's defaults are Klaviyo's own published limits for each `/client/*`
 * operation (`x-klaviyo-ratelimit` in the spec), so the relay never forwards more than Klaviyo
 * would take; a client gets a tenth of that, so one flooding client cannot use up the site's share.
 */
import type { Limiter, LimitOutcome, Rate } from '../../src/core/rate.js';

export type { Limiter, LimitOutcome, Rate };

/**
 * `client.json`: `/client/events` and `/client/profiles` 350/s, 3500/m; `/client/subscriptions`
 * 350/s, 750/m; `/client/event-bulk-create` 10/s, 150/m (requests: a bulk's events also count as tracks).
 */
export const KLAVIYO_CLIENT_LIMITS: Readonly<Record<string, Rate>> = {
	'/client/events': { burst: 350, steady: 3500 },
	'/client/profiles': { burst: 350, steady: 3500 },
	'/client/subscriptions': { burst: 350, steady: 750 },
	'/client/event-bulk-create': { burst: 10, steady: 150 },
};

/** A path outside the table: Klaviyo's most common published rate. */
const UNLISTED: Rate = { burst: 10, steady: 150 };

/** One client's share of each operation's site limit. */
const CLIENT_SHARE = 0.1;

interface Windows {
	second: number;
	inSecond: number;
	minute: number;
	inMinute: number;
}

/**
 * Fixed one-second and one-minute windows per key, in memory. A request is let in while both have
 * room and counts its `count` whole (a bulk of N events: N); what that puts past a window's limit
 * is carried into the next windows, so the key waits until it is paid off. At most `maxKeys` keys
 * are kept: past that the least recently seen key is forgotten, so a spray of spoofed or rotating
 * IPs costs bounded memory (and at worst lets a forgotten key start afresh).
 */
export function memoryLimiter({
	maxKeys = 10_000,
	now = Date.now,
}: {
	maxKeys?: number;
	now?: () => number;
} = {}): Limiter {
	const seen = new Map<string, Windows>();
	return {
		take(key, { burst, steady }, count = 1) {
			const ms = now();
			const second = Math.floor(ms / 1000);
			const minute = Math.floor(ms / 60_000);
			let windows = seen.get(key);
			if (windows) seen.delete(key);
			else if (seen.size >= maxKeys) seen.delete(seen.keys().next().value!);
			windows ??= { second, inSecond: 0, minute, inMinute: 0 };
			seen.set(key, windows); // re-inserted: Map order is least recently seen first
			// Each window that passed took its limit off what was counted; the rest is still owed.
			const inSecond = Math.max(0, windows.inSecond - burst * (second - windows.second));
			const inMinute = Math.max(0, windows.inMinute - steady * (minute - windows.minute));
			Object.assign(windows, { second, inSecond, minute, inMinute });
			// Refused until the window in which what is owed falls under the limit.
			if (inMinute >= steady)
				return {
					ok: false,
					retryAfter: Math.ceil((minute + Math.floor(inMinute / steady)) * 60 - ms / 1000),
				};
			if (inSecond >= burst)
				return { ok: false, retryAfter: Math.ceil(second + Math.floor(inSecond / burst) - ms / 1000) };
			windows.inSecond += count;
			windows.inMinute += count;
			return { ok: true };
		},
	};
}

/** The relay's limits option: rates per `/client/*` path, and where the counting happens. */
export interface RelayLimits {
	/** Per client IP (counted only when a trusted IP source is configured). Default: a tenth of Klaviyo's. `false`: none. */
	perClient?: Partial<Record<string, Rate>> | false;
	/** Per site (this relay). Default: Klaviyo's limits. `false`: none. */
	perSite?: Partial<Record<string, Rate>> | false;
	/** Counts per client. Default: in memory (per process or isolate). */
	clientLimiter?: Limiter;
	/** Counts for the site. Default: in memory (per process or isolate). */
	siteLimiter?: Limiter;
}

export const siteRate = (path: string, limits: RelayLimits['perSite']): Rate =>
	(limits || undefined)?.[path] ?? KLAVIYO_CLIENT_LIMITS[path] ?? UNLISTED;

export function clientRate(path: string, limits: RelayLimits['perClient']): Rate {
	const own = (limits || undefined)?.[path];
	if (own) return own;
	const site = KLAVIYO_CLIENT_LIMITS[path] ?? UNLISTED;
	return {
		burst: Math.max(1, Math.floor(site.burst * CLIENT_SHARE)),
		steady: Math.max(1, Math.floor(site.steady * CLIENT_SHARE)),
	};
}

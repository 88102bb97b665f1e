/**
 * Identifier and timestamp formats that look like Klaviyo's, so SDK code that parses or
 * pattern-matches them behaves the same against the emulator as against production.
 */
// Web Crypto, not node:crypto: the emulator runs wherever fetch runs (Deno, Bun, workerd).
const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));
/** Uniform in [0, max) for max ≤ 256, by rejection so no digit is favoured. */
function randomInt(max: number): number {
	const limit = 256 - (256 % max);
	for (;;) {
		const [byte] = randomBytes(1);
		if (byte! < limit) return byte! % max;
	}
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

let lastUlidTime = -1;
let lastUlidRandom: number[] = [];

/**
 * A 26-character ULID (profiles, jobs), e.g. `01J8Z3N5X7V0Q2W4E6R8T0Y2U4`.
 * Monotonic within a millisecond so ids created in a burst still sort by creation order,
 * which is what Klaviyo's `sort=id` relies on.
 */
export function ulid(now = Date.now()): string {
	let random: number[];
	if (now <= lastUlidTime) {
		now = lastUlidTime;
		random = incrementBase32(lastUlidRandom);
	} else {
		random = Array.from(randomBytes(16), (byte) => byte % 32);
	}
	lastUlidTime = now;
	lastUlidRandom = random;
	let time = '';
	for (let i = 0, t = now; i < 10; i++, t = Math.floor(t / 32)) time = CROCKFORD[t % 32] + time;
	return time + random.map((digit) => CROCKFORD[digit]).join('');
}

function incrementBase32(digits: number[]): number[] {
	const next = [...digits];
	for (let i = next.length - 1; i >= 0; i--) {
		if (next[i]! < 31) {
			next[i]! += 1;
			return next;
		}
		next[i] = 0;
	}
	return next;
}

/** A short mixed-case id like list (`Y6nRLr`) and metric (`0rG4eQ`) ids. */
export function shortId(length = 6): string {
	let id = '';
	for (let i = 0; i < length; i++) id += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
	return id;
}

/** Generates ids until `taken` says the candidate is free (collisions are rare but possible). */
export function uniqueShortId(taken: (id: string) => boolean, length = 6): string {
	for (;;) {
		const id = shortId(length);
		if (!taken(id)) return id;
	}
}

export const uuid = (): string => crypto.randomUUID();

/**
 * Klaviyo's timestamp style: second precision with an explicit `+00:00` offset
 * (`2024-05-01T12:00:00+00:00`), which is also a valid RFC 3339 `date-time`.
 */
export function isoSeconds(date: Date | number = Date.now()): string {
	const ms = typeof date === 'number' ? date : date.getTime();
	return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}+00:00`;
}

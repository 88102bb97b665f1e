/**
 * Calendar buckets for metric aggregates: hour/day/week/month intervals laid out in an
 * IANA time zone, the way Klaviyo's `interval` + `timezone` attributes work. Uses Intl
 * for offsets, so daylight-saving transitions land on local midnights.
 */

export type Interval = 'hour' | 'day' | 'week' | 'month';

interface LocalTime {
	year: number;
	month: number; // 1-12
	day: number;
	hour: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
	let format = formatters.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
		formatters.set(timeZone, format);
	}
	return format;
}

export function isValidTimeZone(timeZone: string): boolean {
	try {
		formatter(timeZone);
		return true;
	} catch {
		return false;
	}
}

/** Offset of the zone from UTC at an instant, in milliseconds (e.g. -5h for New York in winter). */
function offsetMs(instant: number, timeZone: string): number {
	const parts = Object.fromEntries(
		formatter(timeZone)
			.formatToParts(new Date(instant))
			.map((p) => [p.type, p.value]),
	);
	const asUtc = Date.UTC(
		Number(parts.year),
		Number(parts.month) - 1,
		Number(parts.day),
		Number(parts.hour),
		Number(parts.minute),
		Number(parts.second),
	);
	return asUtc - Math.floor(instant / 1000) * 1000;
}

function toLocal(instant: number, timeZone: string): LocalTime {
	const local = new Date(instant + offsetMs(instant, timeZone));
	return {
		year: local.getUTCFullYear(),
		month: local.getUTCMonth() + 1,
		day: local.getUTCDate(),
		hour: local.getUTCHours(),
	};
}

/** The instant of a local wall-clock time (two passes settle DST edges). */
function fromLocal(local: LocalTime, timeZone: string): number {
	const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour);
	let instant = wall - offsetMs(wall, timeZone);
	instant = wall - offsetMs(instant, timeZone);
	return instant;
}

function truncate(local: LocalTime, interval: Interval): LocalTime {
	if (interval === 'hour') return local;
	if (interval === 'month') return { ...local, day: 1, hour: 0 };
	return { ...local, hour: 0 };
}

function advance(local: LocalTime, interval: Interval): LocalTime {
	// Date.UTC normalises overflow (day 32 → next month), so plain arithmetic is enough.
	const step = { hour: [0, 0, 1], day: [0, 1, 0], week: [0, 7, 0], month: [1, 0, 0] }[interval];
	const next = new Date(
		Date.UTC(local.year, local.month - 1 + step[0]!, local.day + step[1]!, local.hour + step[2]!),
	);
	return {
		year: next.getUTCFullYear(),
		month: next.getUTCMonth() + 1,
		day: next.getUTCDate(),
		hour: next.getUTCHours(),
	};
}

/**
 * Bucket start instants covering [start, end): the first bucket begins at `start`
 * truncated to the interval in the zone (weeks start on the range's first day).
 */
export function bucketStarts(start: number, end: number, interval: Interval, timeZone: string): number[] {
	const starts: number[] = [];
	let local = truncate(toLocal(start, timeZone), interval);
	for (let instant = fromLocal(local, timeZone); instant < end; instant = fromLocal(local, timeZone)) {
		starts.push(instant);
		local = advance(local, interval);
	}
	return starts;
}

/** `2024-03-10T00:00:00-05:00`: the instant rendered in the zone with its offset. */
export function formatInZone(instant: number, timeZone: string): string {
	const offset = offsetMs(instant, timeZone);
	const local = new Date(instant + offset).toISOString().slice(0, 19);
	const sign = offset < 0 ? '-' : '+';
	const minutes = Math.abs(offset) / 60000;
	const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
	const mm = String(minutes % 60).padStart(2, '0');
	return `${local}${sign}${hh}:${mm}`;
}

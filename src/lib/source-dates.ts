/**
 * When each value of a platform record was read: every object carrying `asOf` (prices, limits,
 * capabilities, verdicts, setup steps), its JSON path, and how old that date is. Used by
 * `npm run check:sources` (a report, not a gate) and by the comparison page's date ranges.
 * Self-contained on purpose: the script runs this file under plain Node, which needs no imports.
 */

/** One dated value: where it sits in the record, when it was read and where. */
export interface DatedValue {
	platform: string;
	path: string;
	asOf: string;
	source: string;
}

/** Every `{ asOf, source }` object in a record, in document order. */
export function datedValues(record: { id: string }): DatedValue[] {
	const found: DatedValue[] = [];
	const walk = (value: unknown, path: string) => {
		if (Array.isArray(value)) return value.forEach((item, i) => walk(item, `${path}[${i}]`));
		if (typeof value !== 'object' || value === null) return;
		const o = value as Record<string, unknown>;
		if (typeof o['asOf'] === 'string') {
			found.push({ platform: record.id, path, asOf: o['asOf'], source: String(o['source'] ?? '') });
		}
		for (const [key, child] of Object.entries(o)) walk(child, path ? `${path}.${key}` : key);
	};
	// A tier is easier to find by its id than by its index.
	const { tiers, ...rest } = record as { id: string; tiers?: { id: string }[] };
	walk(rest, '');
	(tiers ?? []).forEach((tier) => walk(tier, `tiers.${tier.id}`));
	return found;
}

/** Months between an `asOf` (`2026-11` or `2026-11-05`) and `now`, counting whole months. */
export function ageInMonths(asOf: string, now: Date): number {
	const [year = 0, month = 1, day = 1] = asOf.split('-').map(Number);
	let months = (now.getUTCFullYear() - year) * 12 + (now.getUTCMonth() + 1 - month);
	if (now.getUTCDate() < day) months -= 1;
	return months;
}

/** Whether a value read at `asOf` is more than `limitMonths` months old at `now`. */
export function isStale(asOf: string, now: Date, limitMonths = 12): boolean {
	return ageInMonths(asOf, now) > limitMonths;
}

/** Comparable form of an `asOf` (a month sorts as its first day). */
const sortKey = (asOf: string) => (asOf.length === 7 ? `${asOf}-01` : asOf);

/** The values sorted oldest first; equal dates keep platform and document order. */
export function oldestFirst(values: DatedValue[]): DatedValue[] {
	return [...values].sort((a, b) => sortKey(a.asOf).localeCompare(sortKey(b.asOf)));
}

/** The earliest and latest `asOf` of a record's values, or undefined when it has none. */
export function dateRange(record: { id: string }): { from: string; to: string } | undefined {
	const sorted = oldestFirst(datedValues(record));
	const first = sorted[0];
	const last = sorted[sorted.length - 1];
	return first && last ? { from: first.asOf, to: last.asOf } : undefined;
}

/** The report's lines: one per value, oldest first, `OLD` marking those past `limitMonths`. */
export function sourcesReport(records: { id: string }[], now: Date, limitMonths = 12): string[] {
	const values = oldestFirst(records.flatMap(datedValues));
	const stale = values.filter((v) => isStale(v.asOf, now, limitMonths)).length;
	return [
		...values.map(
			(v) => `${isStale(v.asOf, now, limitMonths) ? 'OLD' : '   '}  ${v.asOf.padEnd(10)}  ${v.platform}  ${v.path}  ${v.source}`,
		),
		`${values.length} values, ${stale} read more than ${limitMonths} months before ${now.toISOString().slice(0, 10)}.`,
	];
}

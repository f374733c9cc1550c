#!/usr/bin/env node
/**
 * `npm run check:sources`: every value in content/platforms/*.json with the date it was read,
 * oldest first, marking with OLD those read more than 12 months before today. A report to
 * plan re-checks, not a gate: it always exits 0. `--months N` changes the limit.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sourcesReport } from '../src/lib/source-dates.ts';

const dir = new URL('../content/platforms/', import.meta.url).pathname;
const records = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
const i = process.argv.indexOf('--months');
const months = i > 0 ? Number(process.argv[i + 1]) : 12;
if (!Number.isInteger(months) || months < 0) {
	console.error('--months needs a whole number of months, like --months 6');
	process.exit(2);
}
console.log(sourcesReport(records, new Date(), months).join('\n'));

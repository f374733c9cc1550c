/**
 * A platform record missing a source or an as-of date is refused, naming the field: the schema
 * says so for every sourced field, and one build of a scratch copy proves `astro build` stops on
 * it, naming the file and the field. The intact site's build is the end-to-end suite's own.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { platform } from '~/lib/platform-schema';

const root = resolve(import.meta.dirname, '..');
const scratch: string[] = [];

/** The parts of a platform record these cases break. */
type ColabRecord = { tiers: { pricePerUserMonthUsd: { source?: string }; capabilities: { gpu: { asOf?: string } } }[] };

/** Copies the site into a temp folder, applies `mutate` to colab.json, builds, returns the output. */
function buildWithBrokenColab(mutate: (record: ColabRecord) => void): { status: number | null; output: string } {
	const dir = mkdtempSync(join(tmpdir(), 'wr-broken-'));
	scratch.push(dir);
	for (const name of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
		cpSync(join(root, name), join(dir, name), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	const file = join(dir, 'content/platforms/colab.json');
	const record = JSON.parse(readFileSync(file, 'utf8')) as ColabRecord;
	mutate(record);
	writeFileSync(file, JSON.stringify(record, null, '\t'));
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, OUT_DIR: join(dir, 'out'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		timeout: 120_000,
	});
	// Colour codes (forced on by some CI environments) would split the field path.
	const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
	return { status: result.status, output };
}

afterAll(() => {
	for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

const colab = (): ColabRecord => JSON.parse(readFileSync(join(root, 'content/platforms/colab.json'), 'utf8')) as ColabRecord;

describe('a broken platform record', () => {
	test.each([
		{ field: 'tiers.0.pricePerUserMonthUsd.source', mutate: (r: ColabRecord) => delete r.tiers[0]!.pricePerUserMonthUsd.source },
		{ field: 'tiers.0.capabilities.gpu.asOf', mutate: (r: ColabRecord) => delete r.tiers[0]!.capabilities.gpu.asOf },
	])('without $field is refused by the schema, naming the field', ({ field, mutate }) => {
		expect(platform.safeParse(colab()).success, 'the record as it is').toBe(true);
		const record = colab();
		mutate(record);
		const result = platform.safeParse(record);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
	});

	test('stops `astro build`, naming the file and the field', () => {
		const { status, output } = buildWithBrokenColab((r) => delete r.tiers[0]!.pricePerUserMonthUsd.source);
		expect(status, output).not.toBe(0);
		expect(output).toContain('content/platforms/colab.json');
		expect(output).toContain('tiers.0.pricePerUserMonthUsd.source:');
		expect(output).toMatch(/is required/);
	});
});

/**
 * Checks every platform record in `content/platforms/*.json` against the zod schema, plus the
 * cross-record rules the schema cannot express on its own.
 */
import { describe, expect, test } from 'vitest';
import { PLATFORM_IDS, isHomePage, platform } from './platform-schema';

const modules = import.meta.glob<unknown>('../../content/platforms/*.json', {
	eager: true,
	import: 'default',
});

const records = Object.entries(modules).map(([path, data]) => ({
	file: path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, ''),
	data,
}));

/** Parses a record, failing the test with the file name and each zod issue path on error. */
function parseRecord(file: string, data: unknown) {
	const result = platform.safeParse(data);
	if (!result.success) {
		const issues = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');
		expect.fail(`content/platforms/${file}.json does not match the schema:\n${issues}`);
	}
	return result.data;
}

describe('platform records', () => {
	test('the folder holds at least one record', () => {
		expect(records.length).toBeGreaterThan(0);
	});

	test.each(records)('$file.json parses against the platform schema', ({ file, data }) => {
		parseRecord(file, data);
	});

	test.each(records)('$file.json is named after its record id', ({ file, data }) => {
		expect(parseRecord(file, data).id).toBe(file);
	});

	test.each([...PLATFORM_IDS])('%s has a record file', (id) => {
		expect(records.map((r) => r.file)).toContain(id);
	});

	test.each(records)('$file.json has at most one defaultPaid tier', ({ file, data }) => {
		const tiers = parseRecord(file, data).tiers.filter((t) => t.defaultPaid);
		expect(tiers.length).toBeLessThanOrEqual(1);
	});

	test.each(records)('$file.json has exactly one current free tier', ({ file, data }) => {
		const tiers = parseRecord(file, data).tiers.filter((t) => t.kind === 'free' && t.era === 'current');
		expect(tiers.map((t) => t.id)).toHaveLength(1);
	});

	test.each(records)('$file.json uses each tier id once', ({ file, data }) => {
		const ids = parseRecord(file, data).tiers.map((t) => t.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('no two records share an order', () => {
		const orders = records.map(({ file, data }) => parseRecord(file, data).order);
		expect(new Set(orders).size).toBe(orders.length);
	});
});

describe('sources', () => {
	test.each([
		{ url: 'https://debuglab.net/', home: true },
		{ url: 'https://colab.research.google.com/', home: true },
		{ url: 'https://example.org', home: true },
		{ url: 'https://example.org/#faq', home: true },
		{ url: 'https://example.org/?q=colab+timeout', home: false },
		{ url: 'https://example.org/faq.html', home: false },
		{ url: 'https://github.com/googlecolab/colabtools/issues/4656', home: false },
	])('$url is a home page: $home', ({ url, home }) => {
		expect(isHomePage(url)).toBe(home);
	});

	test('the schema refuses a home page as a source and names it', () => {
		const record = structuredClone(records[0]!.data) as { trainingFactor: { source: string } };
		record.trainingFactor.source = 'https://debuglab.net/';
		const result = platform.safeParse(record);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toContain(
			'trainingFactor.source: source https://debuglab.net/ is a home page: cite the page that states the value',
		);
	});
});

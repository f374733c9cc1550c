/**
 * Checks that every text a page can show from `content/platforms/*.json` has a Simplified
 * Chinese version, and that the translation keeps what must never be translated: code spans,
 * `{placeholders}` and numbers. Failures name the file and the JSON path of the text.
 */
import { describe, expect, test } from 'vitest';

const modules = import.meta.glob<unknown>('../../content/platforms/*.json', {
	eager: true,
	import: 'default',
});

const records = Object.entries(modules).map(([path, data]) => ({
	file: path.slice(path.lastIndexOf('/') + 1),
	data,
}));

/** Tokens a translation must carry over byte for byte, each with the name used in failures. */
const KEPT = [
	{ what: 'code span', pattern: /`[^`]+`/g },
	// Value placeholders filled at build time ({{ram}}, {{pro.price}}) and those commands.ts fills in.
	{ what: 'placeholder', pattern: /\{\{[^{}]+\}\}|\{[A-Za-z]+\}/g },
	{ what: 'number', pattern: /\d+(?:\.\d+)*/g },
] as const;

/** Every `{ en, zh-cn? }` object under `value`, with its JSON path, in document order. */
function localizedTexts(value: unknown, path = ''): { path: string; text: Record<string, unknown> }[] {
	if (Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
	if (value === null || typeof value !== 'object') return [];
	const object = value as Record<string, unknown>;
	if (typeof object['en'] === 'string') return [{ path, text: object }];
	return Object.entries(object).flatMap(([key, item]) => localizedTexts(item, path ? `${path}.${key}` : key));
}

/** One line per problem: a missing or empty zh-cn, or a kept token the zh-cn text dropped. */
function zhProblems(data: unknown): string[] {
	return localizedTexts(data).flatMap(({ path, text }) => {
		const en = text['en'] as string;
		const zh = text['zh-cn'];
		if (typeof zh !== 'string' || zh.trim() === '') return [`${path}: no zh-cn text`];
		return KEPT.flatMap(({ what, pattern }) =>
			(en.match(pattern) ?? []).filter((token) => !zh.includes(token)).map((token) => `${path}: zh-cn drops the ${what} ${token}`),
		);
	});
}

describe('zhProblems', () => {
	test.each([
		{ label: 'a complete translation', data: { summary: { en: 'Run {notebook}', 'zh-cn': '运行 {notebook}' } }, problems: [] },
		{ label: 'a missing zh-cn', data: { tiers: [{ name: { en: 'Free' } }] }, problems: ['tiers[0].name: no zh-cn text'] },
		{ label: 'a blank zh-cn', data: { bring: [{ en: 'A laptop', 'zh-cn': ' ' }] }, problems: ['bring[0]: no zh-cn text'] },
		{
			label: 'a dropped code span',
			data: { note: { en: 'Run `ls` first', 'zh-cn': '先运行 ls' } },
			problems: ['note: zh-cn drops the code span `ls`'],
		},
		{
			label: 'a translated placeholder',
			data: { label: { en: 'Open {notebook}', 'zh-cn': '打开 {笔记本}' } },
			problems: ['label: zh-cn drops the placeholder {notebook}'],
		},
		{
			label: 'a changed number',
			data: { note: { en: 'Up to 12 h', 'zh-cn': '最长 10 小时' } },
			problems: ['note: zh-cn drops the number 12'],
		},
	])('reports $label', ({ data, problems }) => {
		expect(zhProblems(data)).toEqual(problems);
	});
});

describe('platform records in Chinese', () => {
	test.each(records)('$file has localized texts to check', ({ data }) => {
		expect(localizedTexts(data).length, 'a record with no { en } text means the walk is broken').toBeGreaterThan(0);
	});

	test.each(records)('$file gives every text a zh-cn version that keeps code, placeholders and numbers', ({ file, data }) => {
		expect(zhProblems(data), `content/platforms/${file}`).toEqual([]);
	});
});

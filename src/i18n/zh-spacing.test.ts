/**
 * One spacing rule for Simplified Chinese: a space between an Arabic number and the Han
 * character beside it (`2020 年`, `30 分钟`, `{n} 小时`), as in the W3C's Chinese layout
 * notes. Checked in the guide, the platform data (after its values are filled in) and the UI
 * dictionaries, so a mixed style cannot come back.
 */
import { describe, expect, test } from 'vitest';
import { fillRecordRefs, fillRecordValues } from '../lib/data-values';
import { platform } from '../lib/platform-schema';
import { getDictionary } from './index';
import { VALUE_FORMATS } from './value-formats';

const HAN = String.raw`\p{Script=Han}`;
// A digit (or a number placeholder such as {n}) touching a Han character on either side.
const TOUCHING = new RegExp(String.raw`(?:[0-9]|\{n\})(?=${HAN})|(?<=${HAN})(?:[0-9]|\{n\})`, 'gu');

/** Each place in `text` where a number touches Han text, with a little context; code is skipped. */
export function spacingProblems(text: string): string[] {
	const prose = text
		.replace(/```[\s\S]*?```/g, ' ')
		.replace(/`[^`\n]*`/g, ' ')
		.replace(/\]\([^)]*\)/g, '] ')
		.replace(/https?:\/\/\S+/g, ' ');
	return [...prose.matchAll(TOUCHING)].map((m) => prose.slice(Math.max(0, m.index - 6), m.index + 6).replace(/\n/g, ' '));
}

const guide = import.meta.glob<string>('../../content/guide/zh-cn/*.mdx', { eager: true, query: '?raw', import: 'default' });
const data = import.meta.glob<unknown>('../../content/platforms/*.json', { eager: true, import: 'default' });

/** Every zh-cn string of a value, found by walking it. */
function zhTexts(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(zhTexts);
	if (typeof value !== 'object' || value === null) return [];
	const o = value as Record<string, unknown>;
	return Object.entries(o).flatMap(([k, v]) => (k === 'zh-cn' && typeof v === 'string' ? [v] : zhTexts(v)));
}

const stringsOf = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : []));

describe('spacingProblems', () => {
	test.each([
		{ text: '2020 年 6 月，每周 30 小时', problems: [] },
		{ text: '2020年', problems: ['2020年'] },
		{ text: '共{n}轮', problems: ['共{n}轮'] },
		{ text: '用 `sleep 30秒` 和 ```\n2020年\n```', problems: [] },
		{ text: '见[第3章](https://example.org/3章)', problems: ['见[第3章] '] },
		{ text: '约为 Colab 的 5 倍；T4、H100', problems: [] },
	])('finds $problems in "$text"', ({ text, problems }) => {
		expect(spacingProblems(text)).toEqual(problems);
	});
});

describe('numbers beside Chinese text are spaced', () => {
	test.each(Object.entries(guide).map(([path, text]) => ({ file: path.slice(path.lastIndexOf('/') + 1), text })))(
		'the guide page $file',
		({ text }) => {
			const body = text.replace(/^---[\s\S]*?---/, '');
			expect(spacingProblems(body)).toEqual([]);
		},
	);

	test.each(Object.entries(data).map(([path, record]) => ({ file: path.slice(path.lastIndexOf('/') + 1), record })))(
		'the platform data $file, values filled in',
		({ record }) => {
			const filled = fillRecordValues(platform.parse(record), VALUE_FORMATS);
			expect(zhTexts(filled).flatMap(spacingProblems)).toEqual([]);
		},
	);

	test('the zh-cn UI dictionaries, with the platform values they cite filled in', () => {
		const dict = getDictionary('zh-cn');
		const records = Object.values(data).map((record) => platform.parse(record));
		expect(
			Object.values(dict)
				.flatMap((ns) => stringsOf(ns))
				.map((text) => fillRecordRefs(text, records, VALUE_FORMATS['zh-cn']!))
				.flatMap(spacingProblems),
		).toEqual([]);
	});
});

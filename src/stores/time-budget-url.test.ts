import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cleanStores } from 'nanostores';
import { DEFAULT_AGENDA } from '~/lib/time-agenda';
import { timeBudgetCodec } from './time-budget-url';
import { timelineStore } from './time-budget-timeline';
import {
	$agenda,
	$factorOverrides,
	$overheadMinutes,
	$training,
	addAgendaItem,
	applyPreset,
	editAgendaItem,
	estimateStores,
	removeAgendaItem,
} from './time-budget';
import { DEFAULT_TRAINING } from '~/lib/time-plan';
import { $workshop, DEFAULT_PLAN } from './workshop';

const MIN = 60_000;
const DATA = [
	{ id: 'colab', factor: 1 },
	{ id: 'cocalc', factor: 5 },
	{ id: 'local', factor: 2 },
	{ id: 'kaggle', factor: null },
] as const;
const { $estimates, $chosen } = estimateStores(DATA);
const $timeline = timelineStore($chosen);

beforeEach(() => {
	$workshop.set({ ...DEFAULT_PLAN });
	$training.set({ ...DEFAULT_TRAINING });
	$agenda.set(DEFAULT_AGENDA);
	$factorOverrides.set({});
});
afterEach(() => cleanStores($estimates, $chosen, $timeline, $overheadMinutes));

const read = (query: string) => timeBudgetCodec().read(new URLSearchParams(query));
const written = () => {
	const params = new URLSearchParams();
	timeBudgetCodec().write(params);
	return params.toString();
};
const ACCEPTANCE = 'session=180&overhead=60&epochs=50&spe=7.2&runs=3';

describe('reading a link', () => {
	test.each([
		{ platform: 'colab', training: 18, used: 78, left: 102, fits: true, warnings: [] },
		{ platform: 'cocalc', training: 90, used: 150, left: 30, fits: true, warnings: ['long-run'] },
	])('restores the acceptance link on $platform', ({ platform, training, used, left, fits, warnings }) => {
		expect(read(`${ACCEPTANCE}&platform=${platform}`)).toEqual([]);
		const e = $chosen.get()?.estimate;
		expect([e?.trainingMs, e?.usedMs, e?.leftMs, e?.fits, e?.warnings]).toEqual([training * MIN, used * MIN, left * MIN, fits, warnings]);
	});

	test.each([
		{ query: 'session=0', param: 'session', reason: 'too-small' },
		{ query: 'overhead=1441', param: 'overhead', reason: 'too-large' },
		{ query: 'epochs=2.5', param: 'epochs', reason: 'not-whole' },
		{ query: 'spe=1.2345', param: 'spe', reason: 'too-precise' },
		{ query: 'runs=1001', param: 'runs', reason: 'too-large' },
		{ query: 'plan=1,x,3', param: 'plan', reason: 'not-whole' },
		{ query: 'platform=nowhere', param: 'platform', reason: 'unknown' },
		{ query: 'factor-cocalc=0', param: 'factor-cocalc', reason: 'too-small' },
		{ query: 'factor-nowhere=2', param: 'factor-nowhere', reason: 'unknown-name' },
		{ query: 'factor-colab=2', param: 'factor-colab', reason: 'unknown-name' },
		{ query: 'spe=1&spe=2', param: 'spe', reason: 'repeated' },
	])('refuses $query with a notice and keeps the default', ({ query, param, reason }) => {
		expect(read(query).map((n) => [n.param, n.reason])).toEqual([[param, reason]]);
		expect(written()).toBe('session=180&overhead=60&epochs=50&runs=3&spe=7.2');
	});

	test('lets a plan replace epochs and runs', () => {
		read('epochs=5&runs=9&plan=1,10,50&spe=2');
		expect($chosen.get()?.estimate?.runMs).toEqual([2_000, 20_000, 100_000]);
		expect(written()).toBe('session=180&overhead=60&plan=1%2C10%2C50&spe=2');
	});

	test('turns a factor into an estimate for a platform without a measured one', () => {
		expect($estimates.get().find((p) => p.id === 'kaggle')?.estimate).toBeNull();
		read(`${ACCEPTANCE}&factor-kaggle=1.5&factor-cocalc=4`);
		const trainingOf = (id: string) => $estimates.get().find((p) => p.id === id)?.estimate?.trainingMs;
		expect([trainingOf('kaggle'), trainingOf('cocalc')]).toEqual([27 * MIN, 72 * MIN]);
		expect(written(), 'in platform order').toContain('factor-cocalc=4&factor-kaggle=1.5');
	});

	test('never throws on any query', () => {
		const key = fc.constantFrom(...'session overhead epochs spe runs plan platform factor-kaggle factor-colab factor-x'.split(' '));
		fc.assert(
			fc.property(fc.array(fc.tuple(key, fc.string({ maxLength: 40 })), { maxLength: 8 }), (pairs) => {
				const notices = timeBudgetCodec().read(new URLSearchParams(pairs));
				expect(Array.isArray(notices)).toBe(true);
				for (const p of $estimates.get()) if (p.estimate) expect(Number.isFinite(p.estimate.usedMs) && p.estimate.usedMs >= 0).toBe(true);
			}),
		);
	});
});

describe('editing', () => {
	test.each([
		{ overhead: 'overhead=45', items: ['fromLink'], total: 45 },
		{ overhead: 'overhead=60', items: ['welcome', 'walkthrough', 'breaks', 'wrapUp'], total: 60 },
	])('shows $overhead as the agenda $items', ({ overhead, items, total }) => {
		read(overhead);
		expect($agenda.get().map((i) => i.key)).toEqual(items);
		expect($overheadMinutes.get()).toBe(total);
	});

	test('writes the agenda total as overhead after each edit', () => {
		editAgendaItem(1, { minutes: 25 });
		expect(written()).toContain('overhead=70');
		addAgendaItem();
		expect(written()).toContain('overhead=80');
		removeAgendaItem(2);
		expect(written()).toContain('overhead=60');
	});

	test('keeps agenda names and minutes through the link; agenda wins over overhead', () => {
		editAgendaItem(1, { label: 'Q&A, then coffee', minutes: 25 });
		const link = written();
		expect(link).toContain('overhead=70');
		$agenda.set(DEFAULT_AGENDA);
		expect(read(link)).toEqual([]);
		expect($agenda.get()[0]).toMatchObject({ label: 'Q&A, then coffee', minutes: 25 });
		expect($agenda.get()[1]).toMatchObject({ key: 'walkthrough', label: null });
		expect(read('agenda=Welcome:15,Q%26A:25&overhead=99')).toEqual([
			expect.objectContaining({ param: 'overhead', reason: 'disagrees', kind: 'instead' }),
		]);
		expect($agenda.get().map((i) => i.label)).toEqual(['Welcome', 'Q&A']);
		expect(
			read('agenda=Welcome&overhead=45').map((n) => n.param),
			'a bad agenda falls back to overhead',
		).toEqual(['agenda']);
		expect($overheadMinutes.get()).toBe(45);
		$agenda.set(DEFAULT_AGENDA);
		expect(written(), 'the default agenda needs no agenda parameter').not.toContain('agenda=');
	});

	test.each([
		{ id: 'mnist', query: 'epochs=5&runs=1&spe=2.5' },
		{ id: 'streetcar', query: 'epochs=50&runs=1&spe=7.2' },
		{ id: 'workshop-2020', query: 'plan=1%2C10%2C50%2C50%2C50%2C50%2C20&spe=7.2' },
	] as const)('applies the $id preset', ({ id, query }) => {
		applyPreset(id);
		expect(written()).toContain(query);
	});
});

describe('where another tool owns the platform (the plan)', () => {
	test('neither reads, names nor writes it', () => {
		const codec = timeBudgetCodec(false);
		expect(codec.keys).not.toContain('platform');
		expect(codec.read(new URLSearchParams('platform=nowhere&session=90')), 'no second notice').toEqual([]);
		expect($workshop.get().sessionMinutes).toBe(90);
		const params = new URLSearchParams();
		codec.write(params);
		expect(params.has('platform')).toBe(false);
		expect(
			timeBudgetCodec()
				.read(new URLSearchParams('platform=nowhere'))
				.map((n) => n.param),
			'the tool page still does',
		).toEqual(['platform']);
	});
});

describe('what a change reaches', () => {
	test('the estimates change with the session, not with attendees or a title', () => {
		let notified = 0;
		const unlisten = $estimates.listen(() => notified++);
		$workshop.setKey('attendees', 99);
		$workshop.setKey('title', 'Keras night');
		expect(notified).toBe(0);
		$workshop.setKey('sessionMinutes', 90);
		expect(notified).toBe(1);
		unlisten();
	});
});

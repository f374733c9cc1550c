import { describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import { PLATFORM_IDS } from './platform-ids';
import { formatPlatformsParam, parsePlatformsQuery } from './compare-query';

const parse = (query: string) => parsePlatformsQuery(new URLSearchParams(query));

describe('platforms parameter', () => {
	it('shows every platform when absent, without a notice', () => {
		expect(parse('')).toEqual({ ids: [...PLATFORM_IDS], notices: [] });
	});
	it('keeps known ids in the data order, whatever order the link gives', () => {
		expect(parse('platforms=studio-lab,colab,kaggle').ids).toEqual(['colab', 'kaggle', 'studio-lab']);
	});
	it('reads the form’s repeated pairs like the comma list', () => {
		expect(parse('platforms=kaggle&platforms=binder')).toEqual(parse('platforms=kaggle,binder'));
	});
	it('refuses unknown ids with a notice naming them and keeps the known ones', () => {
		const { ids, notices } = parse('platforms=colab,nope,colab');
		expect(ids).toEqual(['colab']);
		// Only that id was left out: the notice says the rest applies, not the default.
		expect(notices).toEqual([{ param: 'platforms', value: 'nope', reason: 'unknown', kind: 'part' }]);
	});
	it('falls back to every platform when nothing known remains', () => {
		expect(parse('platforms=').notices[0]?.reason).toBe('empty');
		expect(parse('platforms=').ids).toHaveLength(PLATFORM_IDS.length);
		expect(parse('platforms=x,y').ids).toHaveLength(PLATFORM_IDS.length);
		expect(
			parse('platforms=x,y').notices.every((n) => n.kind === undefined),
			'the default applies',
		).toBe(true);
		expect(parse(`platforms=${'colab,'.repeat(60)}`).notices[0]?.reason).toBe('rejected');
	});
	it('round-trips any chosen subset and writes nothing for all', () => {
		fc.assert(
			fc.property(fc.subarray([...PLATFORM_IDS], { minLength: 1 }), (ids) => {
				const written = formatPlatformsParam(ids);
				const back = parse(written === undefined ? '' : `platforms=${written}`).ids;
				expect(back).toEqual(PLATFORM_IDS.filter((id) => ids.includes(id)));
			}),
		);
		expect(formatPlatformsParam(PLATFORM_IDS)).toBeUndefined();
	});
});

test('`platforms` in other capitals is not read, and a notice names it', () => {
	const { ids, notices } = parsePlatformsQuery(new URLSearchParams('Platforms=colab,kaggle'));
	expect(ids).toEqual([...PLATFORM_IDS]);
	expect(notices.map((n) => [n.param, n.value, n.reason])).toEqual([['Platforms', 'colab,kaggle', 'unknown-name']]);
});

import { describe, expect, test } from 'vitest';
import { costOptions } from './cost-options';
import { PLATFORMS } from '../../test/fixtures/cost-test-data';

const options = costOptions(PLATFORMS, 'en');
const byParam = (param: string) => {
	const option = options.find((o) => o.param === param);
	if (!option) throw new Error(`no option ${param}; options are ${options.map((o) => o.param).join(', ')}`);
	return option;
};

describe('costOptions', () => {
	test('lists every current tier of every platform, and no article-era tier', () => {
		const current = PLATFORMS.flatMap((p) => p.tiers.filter((t) => t.era === 'current').map((t) => `${p.id}/${t.id}`));
		expect(options.map((o) => `${o.platformId}/${o.tierId}`).sort()).toEqual(current.sort());
	});

	test('gives every option its own URL parameter', () => {
		const params = options.map((o) => o.param);
		expect(new Set(params).size, `duplicate params in ${params.join(', ')}`).toBe(params.length);
	});

	test.each([
		{ param: 'price-colab', tier: 'colab/pro' },
		{ param: 'price-colab-pro-plus', tier: 'colab/pro-plus' },
		{ param: 'price-colab-free', tier: 'colab/free' },
		{ param: 'price-cocalc', tier: 'cocalc/basic' },
		{ param: 'price-cocalc-license', tier: 'cocalc/license' },
		{ param: 'price-cocalc-free', tier: 'cocalc/free' },
		{ param: 'price-local', tier: 'local/free' },
		{ param: 'price-studio-lab', tier: 'studio-lab/free' },
		{ param: 'price-binder', tier: 'binder/free' },
	])('maps $param to $tier', ({ param, tier }) => {
		const o = byParam(param);
		expect(`${o.platformId}/${o.tierId}`).toBe(tier);
	});

	test.each([
		{ param: 'price-colab-free', workable: 'yes', reason: /git clone/ },
		{ param: 'price-cocalc-free', workable: 'no', reason: /without internet access/ },
		{ param: 'price-cocalc', workable: 'yes', reason: /internet access/ },
		{ param: 'price-local', workable: 'yes', reason: /git/ },
	])('reads workability of $param from the data ($workable)', ({ param, workable, reason }) => {
		const o = byParam(param);
		expect(o.workable).toBe(workable);
		expect(o.workableInfo.note).toMatch(reason);
	});

	test.each([
		{ param: 'price-colab', payer: 'attendee', note: /cannot be pooled/ },
		{ param: 'price-cocalc', payer: 'organiser-or-attendee', note: /instructor or institution/ },
		{ param: 'price-colab-free', payer: 'nobody', note: /own Google account/ },
	])('reads who pays for $param from the data', ({ param, payer, note }) => {
		expect(byParam(param).payer).toBe(payer);
		expect(byParam(param).payerInfo.note).toMatch(note);
	});

	test("offers the article's June 2020 CoCalc price as a preset on CoCalc's paid tier only", () => {
		expect(byParam('price-cocalc').preset).toMatchObject({ usd: 14, asOf: '2020-06' });
		expect(options.filter((o) => o.preset).map((o) => o.param)).toEqual(['price-cocalc']);
	});

	test("keeps Codespaces' per-core-hour tier, with no per-user price", () => {
		const o = byParam('price-codespaces-pay-as-you-go');
		expect(o.priceUsd).toBeNull();
		expect(o.price.note).toMatch(/core-hour/);
	});
});

/**
 * Where the time-budget estimator's link parameters (declared in lib/time-query.ts) live:
 * session and platform in `$workshop`, the rest in the estimator's stores. A refused plan leaves
 * simple mode with the link's (or the default) epochs and runs. Writing gives the full state, so
 * a copied link is complete.
 */
import { noticeValue, type ParamNotice } from '~/lib/query';
import type { PlatformId } from '~/lib/platform-ids';
import { agendaTotal, type AgendaItem } from '~/lib/time-agenda';
import { TIME_PARAMS } from '~/lib/time-query';
import { paramCodec, type StoreBinding } from './url-sync';
import { $agenda, $factorOverrides, $training, setAgenda, setFactor, setOverhead, setPlan, setTraining } from './time-budget';
import { WORKSHOP_BINDING } from './url-sync';

/** The estimator's stores as parameters. */
const TIME_BINDING: StoreBinding = {
	stores: [$agenda, $training, $factorOverrides],
	get() {
		const training = $training.get();
		const agenda = $agenda.get();
		return {
			overhead: agendaTotal(agenda),
			agenda,
			...(training.mode === 'plan' ? { plan: training.plan } : { epochs: training.epochs, runs: training.runs }),
			spe: training.secondsPerEpoch,
			'factor-*': Object.fromEntries(Object.entries($factorOverrides.get()).map(([id, factor]) => [`factor-${id}`, factor])),
		};
	},
	set(values, query) {
		const v = values as { overhead?: number; agenda?: AgendaItem[]; epochs?: number; spe?: number; runs?: number; plan?: number[] };
		const notices: ParamNotice[] = [];
		if (v.agenda) {
			setAgenda(v.agenda);
			if (v.overhead !== undefined && v.overhead !== agendaTotal(v.agenda))
				notices.push({ param: 'overhead', value: noticeValue(query.get('overhead') ?? ''), reason: 'disagrees', kind: 'instead' });
		} else if (v.overhead !== undefined) setOverhead(v.overhead);
		if (v.epochs !== undefined) setTraining('epochs', v.epochs);
		if (v.spe !== undefined) setTraining('secondsPerEpoch', v.spe);
		if (v.runs !== undefined) setTraining('runs', v.runs);
		if (v.plan) setPlan(v.plan);
		for (const [name, factor] of Object.entries((values['factor-*'] ?? {}) as Record<string, number>))
			setFactor(name.slice('factor-'.length) as PlatformId, factor);
		return notices;
	},
};

/** The stores the estimator's link reads and writes (the ones its bindings declare). */
export const TIME_BUDGET_STORES = [...WORKSHOP_BINDING.stores, ...TIME_BINDING.stores];

/**
 * The estimator's codec. On `/plan/` the workshop details own `platform` (`ownsPlatform`
 * false): a second owner would name a refused value twice and write the parameter twice.
 */
export function timeBudgetCodec(ownsPlatform = true) {
	const { platform, ...rest } = TIME_PARAMS;
	return paramCodec(ownsPlatform ? TIME_PARAMS : rest, [WORKSHOP_BINDING, TIME_BINDING]);
}

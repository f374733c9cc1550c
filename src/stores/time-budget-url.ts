/**
 * The time-budget estimator's link format: a public contract (links go into slides and emails).
 *
 *   session=<1–1440, whole>            session length in minutes          ($workshop, shared)
 *   overhead=<0–1440, ≤1 decimal>      minutes not spent training: the agenda's total. Alone (older
 *                                      links) it restores the default agenda when it equals its
 *                                      total, otherwise one "from link" item (see time-agenda.ts)
 *   agenda=<name>:<min>,…              the agenda itself, names and minutes (time-agenda.ts); written
 *                                      when it is not the default. It replaces `overhead`, which is
 *                                      still written as its total; a link whose `overhead` disagrees
 *                                      with its `agenda` gets a notice on `overhead`
 *   epochs=<1–100000, whole>           epochs per run (simple mode)
 *   spe=<0.01–86400, ≤3 decimals>      seconds per epoch on the reference platform, Colab
 *   runs=<1–1000, whole>               number of identical runs (simple mode)
 *   plan=<e1,e2,…>                     epochs of each run, up to 1000 runs of 1–100000 each; when
 *                                      present it replaces epochs and runs (plan mode)
 *   platform=<id>                      platform in use, an id from content/platforms ($workshop)
 *   factor-<id>=<0.01–1000, ≤2 dec.>   training-time factor for that platform, overriding the data
 *
 * A refused value (repeated, empty, out of range, unknown id) is reported as a notice naming
 * the parameter and its default stays; a refused plan leaves simple mode with the link's (or
 * the default) epochs and runs. `write` always writes the full state, so a copied link is complete.
 */
import { noticeValue, parseChoice, parseNumber, readParam, type NumberSpec, type ParamNotice, type Parsed } from '~/lib/query';
import { PLATFORM_IDS, type PlatformId } from '~/lib/platform-ids';
import { agendaTotal, formatAgenda, isDefaultAgenda, parseAgenda } from '~/lib/time-agenda';
import { EPOCHS_SPEC, FACTOR_SPEC, OVERHEAD_SPEC, RUNS_SPEC, SPE_SPEC } from '~/lib/time-budget';
import { formatPlan, parsePlan } from '~/lib/time-plan';
import { mergeQuery, type QueryCodec } from './url-sync';
import { $agenda, $factorOverrides, $training, setAgenda, setFactor, setOverhead, setPlan, setTraining } from './time-budget';
import { $workshop, SESSION_SPEC, setPlatform, setSessionMinutes } from './workshop';

const FACTOR_PREFIX = 'factor-';
const num = (spec: NumberSpec) => (raw: string) => parseNumber(raw, spec);

/** The stores the estimator's link reads and writes. */
export const TIME_BUDGET_STORES = [$workshop, $agenda, $training, $factorOverrides];

/**
 * Reads and writes session, overhead, agenda, epochs, spe, runs, plan, factor-<id> and, when the
 * estimator owns it, platform. On `/plan/` the workshop details own `platform`: a second owner
 * would name a refused value twice and write the parameter twice on every change.
 */
export function timeBudgetCodec(ownsPlatform = true): QueryCodec {
	return {
		keys: ['session', 'overhead', 'agenda', 'epochs', 'spe', 'runs', 'plan', ...(ownsPlatform ? ['platform'] : []), `${FACTOR_PREFIX}*`],
		read(params) {
			const notices: ParamNotice[] = [];
			const read = <T>(name: string, parse: (raw: string) => Parsed<T>, apply: (value: T) => void) => {
				const value = readParam(params, name, parse, notices);
				if (value !== undefined) apply(value);
			};
			read('session', num(SESSION_SPEC), setSessionMinutes);
			if (ownsPlatform) read('platform', parseChoice(PLATFORM_IDS), setPlatform);
			const overhead = readParam(params, 'overhead', num(OVERHEAD_SPEC), notices);
			const agenda = readParam(params, 'agenda', parseAgenda, notices);
			if (agenda) {
				setAgenda(agenda);
				if (overhead !== undefined && overhead !== agendaTotal(agenda))
					notices.push({ param: 'overhead', value: noticeValue(params.get('overhead') ?? ''), reason: 'rejected' });
			} else if (overhead !== undefined) setOverhead(overhead);
			read('epochs', num(EPOCHS_SPEC), (v) => setTraining('epochs', v));
			read('spe', num(SPE_SPEC), (v) => setTraining('secondsPerEpoch', v));
			read('runs', num(RUNS_SPEC), (v) => setTraining('runs', v));
			read('plan', parsePlan, setPlan);
			for (const name of new Set(params.keys())) {
				if (!name.startsWith(FACTOR_PREFIX)) continue;
				const id = name.slice(FACTOR_PREFIX.length);
				if ((PLATFORM_IDS as readonly string[]).includes(id)) read(name, num(FACTOR_SPEC), (v) => setFactor(id as PlatformId, v));
				else notices.push({ param: noticeValue(name), value: noticeValue(params.getAll(name).join(', ')), reason: 'unknown' });
			}
			return notices;
		},
		write(params) {
			const { sessionMinutes, platform } = $workshop.get();
			const training = $training.get();
			params.set('session', String(sessionMinutes));
			const agenda = $agenda.get();
			params.set('overhead', String(agendaTotal(agenda)));
			if (!isDefaultAgenda(agenda)) params.set('agenda', formatAgenda(agenda));
			if (training.mode === 'plan') params.set('plan', formatPlan(training.plan));
			else {
				params.set('epochs', String(training.epochs));
				params.set('runs', String(training.runs));
			}
			params.set('spe', String(training.secondsPerEpoch));
			if (ownsPlatform) params.set('platform', platform);
			for (const [id, factor] of Object.entries($factorOverrides.get()))
				if (factor !== undefined) params.set(`${FACTOR_PREFIX}${id}`, String(factor));
		},
		stores: TIME_BUDGET_STORES,
	};
}

/** The full link to the current estimate (other tools' parameters on the page are kept). */
export function timeBudgetLink(ownsPlatform = true): string {
	const query = mergeQuery(new URLSearchParams(window.location.search), timeBudgetCodec(ownsPlatform)).toString();
	return `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ''}`;
}

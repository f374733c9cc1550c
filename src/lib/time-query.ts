/**
 * The time-budget estimator's parameters, declared once (a public contract: links go into slides
 * and emails). Declaration order is the order a link lists them.
 *
 *   session=<1–1440, whole>            session length in minutes (workshop-params.ts)
 *   overhead=<0–1440, ≤1 decimal>      minutes not spent training: the agenda's total. Alone (older
 *                                      links) it restores the default agenda when it equals its
 *                                      total, otherwise one "from link" item (see time-agenda.ts)
 *   agenda=<name>:<min>,…              the agenda itself, names and minutes (time-agenda.ts); written
 *                                      when it is not the default. It replaces `overhead`, which is
 *                                      still written as its total; a link whose `overhead` disagrees
 *                                      with its `agenda` gets a notice on `overhead`
 *   plan=<e1,e2,…>                     epochs of each run, up to 1000 runs of 1–100000 each; when
 *                                      present it replaces epochs and runs (plan mode)
 *   epochs=<1–100000, whole>           epochs per run (simple mode)
 *   runs=<1–1000, whole>               number of identical runs (simple mode)
 *   spe=<0.01–86400, ≤3 decimals>      seconds per epoch on the reference platform, Colab
 *   platform=<id>                      platform in use (workshop-params.ts)
 *   factor-<id>=<0.01–1000, ≤2 dec.>   training-time factor for that platform, overriding the data
 *                                      (not for Colab, the reference: its factor is 1)
 */
import { numberParam, type Param } from './params';
import { PLATFORM_IDS } from './platform-ids';
import { DEFAULT_AGENDA, formatAgenda, parseAgenda, type AgendaItem } from './time-agenda';
import { EPOCHS_SPEC, FACTOR_SPEC, OVERHEAD_SPEC, REFERENCE_PLATFORM, RUNS_SPEC, SPE_SPEC } from './time-budget';
import { formatPlan, parsePlan } from './time-plan';
import { PLATFORM_PARAM, SESSION_PARAM } from './workshop-params';

/** The estimator's parameters. */
export const TIME_PARAMS = {
	session: SESSION_PARAM,
	overhead: numberParam(OVERHEAD_SPEC),
	agenda: { parse: parseAgenda, format: formatAgenda, default: DEFAULT_AGENDA } satisfies Param<readonly AgendaItem[]>,
	plan: { parse: parsePlan, format: formatPlan } satisfies Param<readonly number[]>,
	epochs: numberParam(EPOCHS_SPEC),
	runs: numberParam(RUNS_SPEC),
	spe: numberParam(SPE_SPEC),
	platform: PLATFORM_PARAM,
	// The reference platform has no factor to set: seconds per epoch are its own.
	'factor-*': { ...numberParam(FACTOR_SPEC), members: PLATFORM_IDS.filter((id) => id !== REFERENCE_PLATFORM).map((id) => `factor-${id}`) },
};

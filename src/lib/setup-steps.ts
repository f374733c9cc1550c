/**
 * The slice of a platform record the setup islands receive as props: one locale's text, the
 * command templates and their provenance. Nothing else of the record (no prices) is shipped.
 */
import type { LocalizedText, Platform, QuickSetup, SetupStep } from './platform-schema';
import type { PlatformId } from './platform-ids';
import type { RepoHost } from './repo';
import type { ShellKind } from './shell-quote';
import type { LinkText, QuickData, QuickText } from './setup-cell';
import { pickText } from './localized';

/** A setup step in one locale, templates not yet filled. */
export interface StepText {
	id: string;
	title: string;
	body?: string;
	bodyDefault?: string;
	os?: 'windows' | 'macos' | 'linux';
	commands: { shell: ShellKind; template: string }[];
	expected?: string;
	expectedDefault?: string;
	optional?: boolean;
	needs?: 'notebook';
	hosts?: RepoHost[];
	link?: LinkText;
	source: string;
	asOf: string;
}

/** One platform's setup, as the walkthrough and the prep page show it. */
export interface SetupPlatform<Q extends QuickData = QuickText> {
	id: PlatformId;
	name: string;
	/** The one-cell setup, where attendees work in notebooks (without its program as a page sends it). */
	quick?: Q;
	steps: StepText[];
	check?: StepText;
	bring: string[];
}

/** A step's or quick setup's link in `locale`, template not yet filled. */
function localizeLink(link: { template: string; label: LocalizedText }, locale: string): LinkText {
	return { template: link.template, label: pickText(link.label, locale) };
}

/** One step's text in `locale`. */
function localizeStep(step: SetupStep, locale: string): StepText {
	return {
		id: step.id,
		title: pickText(step.title, locale),
		...(step.body ? { body: pickText(step.body, locale) } : {}),
		...(step.bodyDefault ? { bodyDefault: pickText(step.bodyDefault, locale) } : {}),
		...(step.os ? { os: step.os } : {}),
		commands: step.commands.map((c) => ({ shell: c.shell, template: c.template })),
		...(step.expected ? { expected: pickText(step.expected, locale) } : {}),
		...(step.expectedDefault ? { expectedDefault: pickText(step.expectedDefault, locale) } : {}),
		...(step.optional ? { optional: true } : {}),
		...(step.needs ? { needs: step.needs } : {}),
		...(step.hosts ? { hosts: [...step.hosts] } : {}),
		...(step.link ? { link: localizeLink(step.link, locale) } : {}),
		source: step.source,
		asOf: step.asOf,
	};
}

/** The quick-setup data in `locale`. */
function localizeQuick(quick: QuickSetup, locale: string): QuickData {
	return {
		root: quick.root,
		...(quick.prelude ? { prelude: quick.prelude } : {}),
		...(quick.body ? { body: pickText(quick.body, locale) } : {}),
		...(quick.link ? { link: localizeLink(quick.link, locale) } : {}),
		...(quick.offline ? { offline: pickText(quick.offline, locale) } : {}),
		source: quick.source,
		asOf: quick.asOf,
	};
}

/** The platforms that have setup steps, in their order, localized. */
export function localizeSetup(platforms: readonly Platform[], locale: string): SetupPlatform<QuickData>[] {
	return platforms.flatMap((p) =>
		p.setup && p.setup.steps.length > 0
			? [
					{
						id: p.id,
						name: p.name,
						...(p.setup.quick ? { quick: localizeQuick(p.setup.quick, locale) } : {}),
						steps: p.setup.steps.map((s) => localizeStep(s, locale)),
						...(p.setup.check ? { check: localizeStep(p.setup.check, locale) } : {}),
						bring: p.bring.map((b) => pickText(b, locale)),
					},
				]
			: [],
	);
}

/** One platform's day-before checks (and quick setup, for the notebook), as the plan page shows them. */
export interface DayBeforePlatform<Q extends QuickData = QuickText> {
	id: PlatformId;
	name: string;
	quick?: Q;
	items: { id: string; text: string; source: string; asOf: string }[];
}

/** Every platform's day-before checks in `locale`, in the platforms' order. */
export function localizeDayBefore(platforms: readonly Platform[], locale: string): DayBeforePlatform<QuickData>[] {
	return platforms.map((p) => ({
		id: p.id,
		name: p.name,
		...(p.setup?.quick ? { quick: localizeQuick(p.setup.quick, locale) } : {}),
		items: p.dayBefore.map((item) => ({ id: item.id, text: pickText(item.text, locale), source: item.source, asOf: item.asOf })),
	}));
}

/** A step that stops a platform for repositories on some hosts (`stops` in the data), as the plan page warns of it. */
export interface RepoStopper {
	hosts: RepoHost[];
	/** The step's title in the page's language ("Codespaces needs a GitHub repository"). */
	title: string;
}

/** Per platform, the hosts whose repositories it cannot take, with the step that says so, in `locale`. */
export function repoStoppers(platforms: readonly Platform[], locale: string): Partial<Record<PlatformId, RepoStopper[]>> {
	return Object.fromEntries(
		platforms.flatMap((p) => {
			const stoppers = (p.setup?.steps ?? []).flatMap((s) =>
				s.stops && s.hosts ? [{ hosts: [...s.hosts], title: pickText(s.title, locale) }] : [],
			);
			return stoppers.length > 0 ? [[p.id, stoppers]] : [];
		}),
	);
}

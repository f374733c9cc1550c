/**
 * Zod schema for the platform records in `content/platforms/*.json`.
 *
 * Every value a page can show carries its own `source` (URL) and `asOf` date, so a table, a
 * calculator and a walkthrough can all cite the number they display. The article's June 2020
 * values live beside today's as their own dated entries (`era: "article-2020"`), never as
 * overwritten history.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '~/i18n/locales';
import { z } from 'astro/zod';
import { REPO_HOSTS } from './repo';

// Ids live in their own module so islands can import them without zod; re-exported here.
import { PLATFORM_IDS, type PlatformId } from './platform-ids';
export { PLATFORM_IDS, type PlatformId };

/** ISO date (day optional): the date the value was read at its source. */
const asOf = z
	.string({ error: 'asOf is required: the date the value was read, like "2026-11-01"' })
	.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'asOf must be a date like "2026-11-01" or "2020-06"');

/** Whether a URL is a site's bare home page (path `/`, no query), which says nothing checkable. */
export function isHomePage(url: string): boolean {
	const u = new URL(url);
	return u.pathname === '/' && u.search === '';
}

const source = z
	.url({
		error: 'source is required: the https URL where this value can be checked',
		protocol: /^https$/,
	})
	.refine((url) => !isHomePage(url), {
		error: (issue) => `source ${String(issue.input)} is a home page: cite the page that states the value`,
	});

type OtherLocale = Exclude<Locale, typeof DEFAULT_LOCALE>;
const otherLocales = Object.fromEntries(LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((l) => [l, z.string().min(1).optional()])) as {
	[L in OtherLocale]: z.ZodOptional<z.ZodString>;
};

/** Text shown on pages, one entry per locale (from LOCALES); English is required. */
const localizedText = z.strictObject({
	en: z.string().min(1, 'English text must not be empty'),
	...otherLocales,
});
export type LocalizedText = z.infer<typeof localizedText>;

/** Fields every sourced value shares. `uncertain` marks third-party or unconfirmed figures. */
const provenance = {
	source,
	asOf,
	note: localizedText.optional(),
	uncertain: z.boolean().optional(),
};

/** A dated, sourced value of any shape. */
const sourced = <T extends z.ZodType>(value: T) => z.strictObject({ value, ...provenance });

/** yes / no / unknown / not applicable, as on CoCalc's own compare page, with a short note. */
const capabilityValue = z.enum(['yes', 'no', 'unknown', 'n/a']);
export type CapabilityValue = z.infer<typeof capabilityValue>;
const capability = z
	.strictObject({
		value: capabilityValue,
		note: localizedText,
		source,
		asOf,
		uncertain: z.boolean().optional(),
		/** `yes`, but billed on top of the tier's price (CoCalc's GPUs, on pay-as-you-go compute servers). */
		billedOnTop: z.literal(true).optional(),
	})
	.refine((c) => !c.billedOnTop || c.value === 'yes', { message: 'billedOnTop only qualifies a "yes"', path: ['billedOnTop'] });

/** The capability rows, in the order the comparison table shows them. */
export const CAPABILITY_KEYS = ['internet', 'cloneRepo', 'gpu', 'plainPy', 'filesPersist', 'notebooks'] as const;

/** A limit: `value` in `unit`, or null when it is unknown or does not apply (the note says which). */
const limit = z.strictObject({
	value: z.number().nonnegative().nullable(),
	unit: z.enum(['minutes', 'hours', 'GB', 'hours/week', 'hours/day', 'hours/month']),
	...provenance,
});

/** The limit rows, in table order. */
export const LIMIT_KEYS = ['idleTimeout', 'maxSession', 'ram', 'gpuHours'] as const;

/**
 * A measured training run of one of the workshop's exercises: `value` (or a `min`–`max` range)
 * in `unit`, for `epochs` epochs. `factor` means times as long as the same run on Colab, for a
 * source that gives only the ratio. `qualifier` says how the source states it: "about 6 min",
 * "more than 3×", "30 min or more" (`at least`); absent for an exact reading.
 */
const timing = z.strictObject({
	epochs: z.number().int().positive(),
	value: z.union([
		z.number().positive(),
		z.strictObject({ min: z.number().positive(), max: z.number().positive() }).refine((r) => r.min < r.max, 'a range needs min < max'),
	]),
	unit: z.enum(['seconds', 'minutes', 'factor']),
	qualifier: z.enum(['about', 'more than', 'at least']).optional(),
	...provenance,
});
export type Timing = z.infer<typeof timing>;

/** The runs a record can time: the MNIST warm-up (sequential and functional API), the streetcar model's run and one of its epochs. */
export const TIMING_KEYS = ['mnist', 'mnistFunctional', 'streetcar', 'streetcarEpoch'] as const;
export type TimingKey = (typeof TIMING_KEYS)[number];

/** Who pays for a seat: the organiser, each attendee on their own account, or nobody. */
const payer = z.enum(['organiser', 'attendee', 'organiser-or-attendee', 'nobody']);
export type Payer = z.infer<typeof payer>;

/** One tier of a platform (free or paid), current or as the 2020 article found it. */
const tier = z.strictObject({
	/** Stable id, unique within the platform; used in URLs for tier-specific parameters. */
	id: z.string().regex(/^[a-z0-9-]+$/, 'tier id must be lowercase letters, digits and dashes'),
	name: localizedText,
	kind: z.enum(['free', 'paid']),
	/** `current` for today's facts, `article-2020` for the article's June 2020 values. */
	era: z.enum(['current', 'article-2020']),
	/** The paid tier that `price-<platformId>` sets. At most one per platform. */
	defaultPaid: z.boolean().optional(),
	/** USD per user per month; null where the price is not per user (the note says how it is billed). */
	pricePerUserMonthUsd: sourced(z.number().nonnegative().nullable()),
	payer: sourced(payer),
	/** What this tier allows, in a sentence. */
	allows: localizedText,
	capabilities: z.strictObject({
		internet: capability,
		cloneRepo: capability,
		gpu: capability,
		plainPy: capability,
		filesPersist: capability,
		notebooks: capability,
	}),
	limits: z.strictObject({
		idleTimeout: limit,
		maxSession: limit,
		ram: limit,
		gpuHours: limit,
	}),
});
export type Tier = z.infer<typeof tier>;

/** The article's verdict on one criterion for this platform (June 2020). */
const articleVerdict = z.strictObject({
	verdict: localizedText,
	/** Whether the article counted this criterion in the platform's favour. */
	favoured: z.boolean(),
	source,
	asOf,
});

/** The article's criteria, in its order. */
export const ARTICLE_CRITERIA = ['cost', 'simplicity', 'fileSystem', 'performance', 'gpu', 'whatYouCanRun'] as const;

/** A command template; `{repoUrl}`, `{branch}`, `{folder}`, `{notebook}`… are filled from validated parts. */
const commandTemplate = z.strictObject({
	/** How the command is quoted: POSIX shell, PowerShell, a notebook cell (Python/IPython). */
	shell: z.enum(['posix', 'powershell', 'python', 'ipython']),
	template: z.string().min(1),
});

/** A link a step offers; its template takes the same placeholders as commands. */
const stepLink = z.strictObject({
	template: z.string().regex(/^https:\/\/[a-z0-9.-]+\//, 'a link template must start with https://<host>/'),
	label: localizedText,
});

/** One numbered setup step. */
const setupStep = z.strictObject({
	/** Stable id: checklist progress is stored under it, so never rename a step's id. */
	id: z.string().regex(/^[a-z0-9-]+$/),
	title: localizedText,
	body: localizedText.optional(),
	/** Restrict the step to one OS of the local install. */
	os: z.enum(['windows', 'macos', 'linux']).optional(),
	commands: z.array(commandTemplate).default([]),
	/** Said for any repository in `body`; this adds what holds for the site's default repository, only for that repository. */
	bodyDefault: localizedText.optional(),
	/** For a "check your setup" step: what the reader should see. */
	expected: localizedText.optional(),
	/** Only shown when the walkthrough has a value for this input (e.g. an Open in Colab link needs a notebook). */
	needs: z.enum(['notebook']).optional(),
	/** Only shown for repositories on these hosts (Open in Colab and Codespaces take GitHub only; Binder has one address form per host). */
	hosts: z.array(z.enum(REPO_HOSTS)).min(1).optional(),
	/** With `hosts`: the platform cannot take a repository there at all; the plan page warns before the link goes out. */
	stops: z.literal(true).optional(),
	/** Said in general terms above; this adds what the site's default repository shows (its file list), only for that repository. */
	expectedDefault: localizedText.optional(),
	/** An alternative the attendee may skip: marked as optional and not counted in the progress. */
	optional: z.boolean().optional(),
	/** A link the step offers (Open in Colab, launch Binder); the template takes the same placeholders as commands. */
	link: stepLink.optional(),
	source,
	asOf,
});
export type SetupStep = z.infer<typeof setupStep>;

/** Plain Python: no IPython `!`/`%` line, so no value is ever expanded by IPython or a shell. */
const plainPython = z.string().refine((code) => !/^\s*[!%]/m.test(code), 'plain Python only: no line may start with ! or %');

/** The quick-setup cell's platform parts (the cell itself is built by src/lib/setup-cell.ts). */
const quickSetup = z.strictObject({
	/** The folder the clone goes in, like `/content/drive/MyDrive/{folder}` or `~`; placeholders as in commands. */
	root: z.string().regex(/^[~/]/, 'root must be an absolute path or start with ~'),
	/** Plain-Python lines that run first (Colab mounts Drive), without placeholders. */
	prelude: plainPython.optional(),
	/** Shown above the cell (on CoCalc: which tier has the internet access it needs). */
	body: localizedText.optional(),
	/** Where the cell is run (a new Colab notebook), so the first instruction comes with its link. */
	link: stepLink.optional(),
	/** What the cell tells the attendee to do when the clone fails on this platform. */
	offline: localizedText.optional(),
	source,
	asOf,
});
export type QuickSetup = z.infer<typeof quickSetup>;

/** One of the instructor's day-before checks for a platform (a pitfall, with its source). */
const dayBeforeItem = z.strictObject({
	/** Stable id: the instructor's ticks are stored under it. */
	id: z.string().regex(/^[a-z0-9-]+$/),
	text: localizedText,
	source,
	asOf,
});

/** A platform record: one file per platform in content/platforms/. */
export const platform = z
	.strictObject({
		id: z.enum(PLATFORM_IDS),
		/** The product name, the same in every language (Google Colab, CoCalc…). */
		name: z.string().min(1),
		/** A name that is a description rather than a product ("Local install") and so is translated. */
		localName: localizedText.optional(),
		/** Sort order in tables and tabs. */
		order: z.number().int(),
		homepage: z.url(),
		summary: localizedText,
		tiers: z.array(tier).min(1),
		/** Training time relative to Colab's free GPU runtime (1 = same); null when no measurement exists. */
		trainingFactor: sourced(z.number().positive().nullable()),
		/** Measured training runs (the article's and the workshop repository's, June 2020). */
		timings: z
			.strictObject({
				mnist: timing.optional(),
				mnistFunctional: timing.optional(),
				streetcar: timing.optional(),
				streetcarEpoch: timing.optional(),
			})
			.optional(),
		/** The article's verdicts, for the two platforms it compared. */
		article2020: z
			.strictObject({
				cost: articleVerdict,
				simplicity: articleVerdict,
				fileSystem: articleVerdict,
				performance: articleVerdict,
				gpu: articleVerdict,
				whatYouCanRun: articleVerdict,
			})
			.optional(),
		/** What attendees need to bring (an account, a licence…). */
		bring: z.array(localizedText).default([]),
		/** The instructor's day-before checks particular to this platform. */
		dayBefore: z.array(dayBeforeItem).default([]),
		setup: z
			.strictObject({
				/** The one-cell setup, on platforms whose attendees work in notebooks. */
				quick: quickSetup.optional(),
				steps: z.array(setupStep),
				check: setupStep.optional(),
			})
			.optional(),
	})
	.refine((p) => p.tiers.filter((t) => t.defaultPaid).length <= 1, {
		message: 'at most one tier may set defaultPaid',
		path: ['tiers'],
	});
export type Platform = z.infer<typeof platform>;

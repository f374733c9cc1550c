/** The “[source, as of date]” link beside a value from the platform data, in the page's words. */
import { fill } from '~/lib/fill';

/** The `common` strings the link is made of. */
export interface SourceLinkLabels {
	sourceLabel: string;
	asOfLabel: string;
	uncertainLabel: string;
	listSeparator: string;
}

interface Props {
	info: { source: string; asOf: string; uncertain?: boolean | undefined };
	labels: SourceLinkLabels;
	/** The link's accessible name, saying what it is the source of (`sourceName`); the visible text stays short. */
	name?: string | undefined;
}

/** A source link with the date the value was read, and "unconfirmed" where the data says so. */
export function SourceLink({ info, labels: t, name }: Props) {
	return (
		<span class="wr-source">
			[
			<a href={info.source} aria-label={name}>
				{t.sourceLabel}
			</a>
			{t.listSeparator}
			{fill(t.asOfLabel, { date: info.asOf })}
			{info.uncertain && (
				<>
					{t.listSeparator}
					<em>{t.uncertainLabel}</em>
				</>
			)}
			]
		</span>
	);
}

/** A source link's accessible name: "Source for {what}, read {date}" (`common.sourceFor`). */
export const sourceName = (template: string, what: string, info: { asOf: string }) => fill(template, { what, date: info.asOf });

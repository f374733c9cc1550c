/** The “[source, as of date]” link beside a value from the platform data, in the page's words. */
import { fill } from '~/i18n';

/** The `common` strings the link is made of. */
export interface SourceLinkLabels {
	sourceLabel: string;
	asOfLabel: string;
	uncertainLabel: string;
	listSeparator: string;
	/** `Source for {what}, read {date}`: the link's accessible name when `of` is given. */
	sourceFor?: string;
}

interface Props {
	info: { source: string; asOf: string; uncertain?: boolean | undefined };
	labels: SourceLinkLabels;
	/** What the value is ("Colab free: price per user per month"), so the link's name says what it is the source of. */
	of?: string | undefined;
}

/** A source link with the date the value was read, and "unconfirmed" where the data says so. */
export function SourceLink({ info, labels: t, of }: Props) {
	const name = of && t.sourceFor ? fill(t.sourceFor, { what: of, date: info.asOf }) : undefined;
	return (
		<span class="wr-source">
			[<a href={info.source} aria-label={name}>{t.sourceLabel}</a>
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

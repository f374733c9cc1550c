/** The visible list of URL parameters a link carried that were refused. */
import { fill } from '~/lib/fill';
import { reasonClause, type ParamNotice } from '~/lib/query';

interface Props {
	notices: ParamNotice[];
	title: string;
	/**
	 * Messages per reason, and the notice's sentences, with `{param}`, `{reason}` and, after the
	 * sentence, `{value}`: `paramNotice` (the default applies), `paramNoticePart`, `paramNoticeInstead`.
	 */
	reasons: Record<string, string>;
	/** Locale tag for the `{min}`/`{max}` of a number out of range. */
	localeTag?: string;
}

/**
 * Notices naming each refused parameter. The link's text (the parameter's name and its value,
 * already cut short) is shown only as `<code>`, never spliced into the sentence's own text, and
 * the sentence is filled by `fill`, whose function replacement reads no `$&`-style patterns.
 */
export function ParamNotices({ notices, title, reasons, localeTag = 'en' }: Props) {
	if (notices.length === 0) return null;
	const sentence = { whole: reasons.paramNotice, part: reasons.paramNoticePart, instead: reasons.paramNoticeInstead };
	return (
		<div class="wr-notice" role="status">
			<strong>{title}</strong>
			<ul>
				{notices.map((n) => {
					const reason = reasonClause(reasons, n, localeTag);
					const pieces = (sentence[n.kind ?? 'whole'] ?? '').split(/(\{param\}|\{value\})/);
					return (
						<li key={`${n.param}-${n.reason}`}>
							{pieces.map((piece) =>
								piece === '{param}' ? (
									<code>{n.param}</code>
								) : piece === '{value}' ? (
									<code class="wr-link-value">{n.value === '' ? '""' : n.value}</code>
								) : (
									fill(piece, { reason })
								),
							)}
						</li>
					);
				})}
			</ul>
		</div>
	);
}

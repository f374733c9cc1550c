/** The visible list of URL parameters a link carried that were refused. */
import type { ParamNotice } from '~/lib/query';
import { fillLimits } from './NumberField';

interface Props {
	notices: ParamNotice[];
	title: string;
	/** Template with `{param}`, `{value}`, `{reason}`. */
	template: string;
	reasons: Record<string, string>;
	/** Locale tag for the `{min}`/`{max}` of a number out of range. */
	localeTag?: string;
}

/** Notices naming each refused parameter; values render as text only. */
export function ParamNotices({ notices, title, template, reasons, localeTag = 'en' }: Props) {
	if (notices.length === 0) return null;
	// A range is named when the notice has one ("Must be at most 24."); otherwise its placeholder is dropped.
	const reason = (n: ParamNotice) => {
		const text = reasons[n.reason] ?? n.reason;
		return n.limits ? fillLimits(text, n.limits, localeTag) : text.replace(/\s*\{(min|max)\}/g, '');
	};
	return (
		<div class="wr-notice" role="status">
			<strong>{title}</strong>
			<ul>
				{notices.map((n) => (
					<li key={`${n.param}-${n.reason}`}>
						{template
							.replace('{param}', n.param)
							.replace('{reason}', reason(n))
							.replace('{value}', n.value)}
					</li>
				))}
			</ul>
		</div>
	);
}

/** The visible list of URL parameters a link carried that were refused. */
import type { ParamNotice } from '~/lib/query';

interface Props {
	notices: ParamNotice[];
	title: string;
	/** Template with `{param}`, `{value}`, `{reason}`. */
	template: string;
	reasons: Record<string, string>;
}

/** Notices naming each refused parameter; values render as text only. */
export function ParamNotices({ notices, title, template, reasons }: Props) {
	if (notices.length === 0) return null;
	return (
		<div class="wr-notice" role="status">
			<strong>{title}</strong>
			<ul>
				{notices.map((n) => (
					<li key={`${n.param}-${n.reason}`}>
						{template
							.replace('{param}', n.param)
							.replace('{reason}', (reasons[n.reason] ?? n.reason).replace(/\s*\{(min|max)\}/g, ''))
							.replace('{value}', n.value)}
					</li>
				))}
			</ul>
		</div>
	);
}

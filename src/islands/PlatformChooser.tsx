/**
 * The comparison's platform chooser: a GET form of checkboxes named `platforms`. The columns
 * follow the boxes through CSS (`:has(:checked)` in compare.astro), so ticking works before
 * and without hydration; once hydrated it reads the link, names refused ids and keeps the URL
 * in step (`platforms=colab,kaggle`). Its state is its own (no store): nothing else reads it,
 * and a store would pull nanostores into the tool pages' shared chunks.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatPlatformsParam, parsePlatformsParam, PLATFORMS_PARAM } from '~/lib/compare-query';
import { PLATFORM_IDS, type PlatformId } from '~/lib/platform-ids';
import type { ParamNotice } from '~/lib/query';
import { ParamNotices } from './shared/ParamNotices';
import type { Dictionary } from '~/i18n';

interface Props {
	platforms: { id: PlatformId; name: string }[];
	labels: { chooserLegend: string; chooserApply: string };
	messages: Dictionary['validation'];
}

/** Writes the choice into the URL without a history entry (other parameters kept). */
function writeUrl(ids: readonly PlatformId[]) {
	const params = new URLSearchParams(location.search);
	params.delete(PLATFORMS_PARAM);
	const value = formatPlatformsParam(ids);
	if (value !== undefined) params.set(PLATFORMS_PARAM, value);
	const query = params.toString();
	history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

/** Checkbox per platform; the ids are the `platforms` values. */
export function PlatformChooser({ platforms, labels, messages }: Props) {
	const [shown, setShown] = useState<readonly PlatformId[]>(PLATFORM_IDS);
	const [notices, setNotices] = useState<ParamNotice[]>([]);
	// The URL is read after hydration, so the first client render matches the server's HTML.
	useEffect(() => {
		const parsed = parsePlatformsParam(new URLSearchParams(location.search));
		setShown(parsed.ids);
		setNotices(parsed.notices);
	}, []);
	const toggle = (id: PlatformId, on: boolean) => {
		const next = PLATFORM_IDS.filter((p) => (p === id ? on : shown.includes(p)));
		setShown(next);
		writeUrl(next);
	};
	return (
		<form method="get" class="compare-chooser">
			<ParamNotices notices={notices} title={messages.noticesTitle} template={messages.paramNotice} reasons={messages} />
			<fieldset>
				<legend>{labels.chooserLegend}</legend>
				{platforms.map((p) => {
					const checked = shown.includes(p.id);
					return (
						<label key={p.id} class="compare-choice">
							<input
								type="checkbox"
								name="platforms"
								value={p.id}
								id={`compare-show-${p.id}`}
								checked={checked}
								// The last column shown stays: an empty table would say nothing.
								disabled={checked && shown.length === 1}
								onChange={(e) => toggle(p.id, e.currentTarget.checked)}
							/>{' '}
							{p.name}
						</label>
					);
				})}
				<button type="submit" class="no-js-only">
					{labels.chooserApply}
				</button>
			</fieldset>
		</form>
	);
}

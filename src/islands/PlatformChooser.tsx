/**
 * The comparison's platform chooser: a GET form of checkboxes named `platforms`. The columns
 * follow the boxes through CSS (`:has(:checked)` in compare.astro), so ticking works before
 * and without hydration; once hydrated it reads the link, names refused ids and keeps the URL
 * in step (`platforms=colab,kaggle`).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { ParamNotice } from '~/lib/query';
import type { PlatformId } from '~/lib/platform-ids';
import { $shownPlatforms, compareCodec, toggleShown } from '~/stores/compare';
import { bindUrl } from '~/stores/url-sync';
import { ParamNotices } from './shared/ParamNotices';
import type { Dictionary } from '~/i18n';

interface Props {
	platforms: { id: PlatformId; name: string }[];
	labels: { chooserLegend: string; chooserApply: string };
	messages: Dictionary['validation'];
}

/** Checkbox per platform; the ids are the `platforms` values. */
export function PlatformChooser({ platforms, labels, messages }: Props) {
	const shown = useStore($shownPlatforms);
	const [notices, setNotices] = useState<ParamNotice[]>([]);
	useEffect(() => {
		const bound = bindUrl(compareCodec);
		setNotices(bound.notices);
		return bound.unbind;
	}, []);
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
								onChange={(e) => toggleShown(p.id, e.currentTarget.checked)}
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

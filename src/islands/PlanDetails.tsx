/**
 * The workshop details on the plan page: title, date, platform and repository fields, all in
 * the shared `$workshop` store, so the tools and the prep link on the same page follow every
 * change. Attendees and session length have their one field each in the cost calculator and
 * the time-budget estimator below (one control per value).
 */
import { useStore } from './shared/useStore';
import type { Parsed } from '~/lib/query';
import { parseTime, parseTimeZone } from '~/lib/event-time';
import { PREP_KEYS, parseDate, parseTitle } from '~/lib/prep-link';
import { PLATFORM_IDS, type PlatformId } from '~/lib/platform-ids';
import { setupCodec } from '~/stores/setup-url';
import { fieldId, setFieldValid } from '~/stores/invalid-fields';
import { $workshop, LINK_FIELDS, setDetail, setPlatform } from '~/stores/workshop';
import { ParamNotices } from './shared/ParamNotices';
import { useUrlBinding } from './shared/useUrlBinding';
import { SetupInputs } from './setup/SetupInputs';
import { TextField } from './shared/TextField';
import type { SetupLabels } from './setup/labels';
import type { Dictionary } from '~/i18n';

interface Props {
	labels: Dictionary['plan'];
	calendar: Dictionary['calendar'];
	setup: SetupLabels;
	platformNames: Record<PlatformId, string>;
}

/** Details form bound to `$workshop` and to the page's URL. */
export function PlanDetails({ labels, calendar, setup, platformNames }: Props) {
	const plan = useStore($workshop, { keys: [...LINK_FIELDS] });
	// The four text details, one row each: the link key, its words and its parser.
	const details: {
		key: 'title' | 'date' | 'time' | 'tz';
		label: string;
		hint: string;
		invalid: string;
		parse: (raw: string) => Parsed<string>;
	}[] = [
		{ key: 'title', label: labels.titleLabel, hint: labels.titleHint, invalid: labels.titleInvalid, parse: parseTitle },
		{ key: 'date', label: labels.dateLabel, hint: labels.dateHint, invalid: labels.dateInvalid, parse: parseDate },
		{ key: 'time', label: calendar.timeLabel, hint: calendar.timeHint, invalid: calendar.timeInvalid, parse: parseTime },
		{ key: 'tz', label: calendar.tzLabel, hint: calendar.tzHint, invalid: calendar.tzInvalid, parse: parseTimeZone },
	];
	// `session` is the time budget's on this page: one owner per parameter.
	const notices = useUrlBinding(() => setupCodec(PREP_KEYS.filter((k) => k !== 'session')));
	return (
		<div class="plan-details">
			<ParamNotices notices={notices} title={setup.noticesTitle} reasons={setup.reasons} />
			{/* No fieldset legend: the page's "Workshop details" heading names this group already. */}
			<div class="plan-fields">
				{details.map((d) => (
					<TextField
						key={d.key}
						name={d.key}
						label={d.label}
						hint={d.hint}
						invalid={d.invalid}
						tooLong={d.invalid}
						value={plan[d.key]}
						parse={d.parse}
						id={fieldId(d.key)}
						onValidity={(valid) => setFieldValid(d.key, valid)}
						onValid={(value) => setDetail(d.key, value)}
					/>
				))}
				<div class="wr-field">
					<label for="plan-platform">{labels.platformLabel}</label>
					<select
						id="plan-platform"
						value={plan.platform}
						onChange={(e) => {
							const id = PLATFORM_IDS.find((p) => p === e.currentTarget.value);
							if (id) setPlatform(id);
						}}
					>
						{PLATFORM_IDS.map((id) => (
							<option key={id} value={id}>
								{platformNames[id]}
							</option>
						))}
					</select>
				</div>
			</div>
			<SetupInputs labels={setup} />
		</div>
	);
}

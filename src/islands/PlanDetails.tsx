/**
 * The workshop details on the plan page: title, date, platform and repository fields, all in
 * the shared `$workshop` store, so the tools and the prep link on the same page follow every
 * change. Attendees and session length have their one field each in the cost calculator and
 * the time-budget estimator below (one control per value).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { ParamNotice } from '~/lib/query';
import { parseTime, parseTimeZone } from '~/lib/event-time';
import { PREP_KEYS, parseDate, parseTitle } from '~/lib/prep-link';
import { PLATFORM_IDS, type PlatformId } from '~/lib/platform-ids';
import { bindUrl } from '~/stores/url-sync';
import { setupCodec } from '~/stores/setup-url';
import { fieldId, setFieldValid } from '~/stores/invalid-fields';
import { $workshop, setDetail, setPlatform } from '~/stores/workshop';
import { ParamNotices } from './shared/ParamNotices';
import { SetupInputs } from './setup/SetupInputs';
import { TextField } from './setup/TextField';
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
	const plan = useStore($workshop);
	const [notices, setNotices] = useState<ParamNotice[]>([]);
	useEffect(() => {
		const { notices: found, unbind } = bindUrl(setupCodec(PREP_KEYS));
		setNotices(found);
		return unbind;
	}, []);
	return (
		<div class="plan-details">
			<ParamNotices notices={notices} title={setup.noticesTitle} template={setup.paramNotice} reasons={setup.reasons} />
			{/* No fieldset legend: the page's "Workshop details" heading names this group already. */}
			<div class="plan-fields">
				<TextField
					name="title"
					label={labels.titleLabel}
					hint={labels.titleHint}
					invalid={labels.titleInvalid}
					tooLong={labels.titleInvalid}
					placeholder=""
					value={plan.title}
					parse={parseTitle}
					id={fieldId('title')}
					onValidity={(valid) => setFieldValid('title', valid)}
					onValid={(value) => setDetail('title', value)}
				/>
				<TextField
					name="date"
					label={labels.dateLabel}
					hint={labels.dateHint}
					invalid={labels.dateInvalid}
					tooLong={labels.dateInvalid}
					placeholder="2026-12-03"
					value={plan.date}
					parse={parseDate}
					id={fieldId('date')}
					onValidity={(valid) => setFieldValid('date', valid)}
					onValid={(value) => setDetail('date', value)}
				/>
				<TextField
					name="time"
					label={calendar.timeLabel}
					hint={calendar.timeHint}
					invalid={calendar.timeInvalid}
					tooLong={calendar.timeInvalid}
					placeholder="09:30"
					value={plan.time}
					parse={parseTime}
					id={fieldId('time')}
					onValidity={(valid) => setFieldValid('time', valid)}
					onValid={(value) => setDetail('time', value)}
				/>
				<TextField
					name="tz"
					label={calendar.tzLabel}
					hint={calendar.tzHint}
					invalid={calendar.tzInvalid}
					tooLong={calendar.tzInvalid}
					placeholder="Europe/Berlin"
					value={plan.tz}
					parse={parseTimeZone}
					id={fieldId('tz')}
					onValidity={(valid) => setFieldValid('tz', valid)}
					onValid={(value) => setDetail('tz', value)}
				/>
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

/** Units used when formatting values (Simplified Chinese). */
import type { Dictionary } from '../index';

export default {
	unitMinutes: '{n} 分钟',
	unitHours: '{n} 小时',
	unitGB: '{n} GB',
	unitHoursWeek: '每周 {n} 小时',
	unitHoursDay: '每天 {n} 小时',
	unitHoursMonth: '每月 {n} 小时',
	unitSeconds: '{n} 秒',
	unitDays: '{n} 天',
	range: '{min}–{max}',
	timingAbout: '约 {value}',
	timingMoreThan: '{value}以上',
	timingAtLeast: '至少 {value}',
	factor: '{n} 倍',
	notPublished: '未公布',
} satisfies Dictionary['format'];

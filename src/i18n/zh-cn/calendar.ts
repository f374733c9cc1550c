/** 准备页面和规划页面上的“添加到日历”，以及工作坊的开始时间（简体中文）。 */
import type { Dictionary } from '../index';

export default {
	addToCalendar: '添加到日历',
	addHint: '下载一个日历文件（.ics），其中包含准备链接，并在前一天提醒。',
	fileName: 'workshop',
	defaultSummary: '实践工作坊',
	descriptionLink: '准备链接：{link}',
	descriptionTodo: '开课之前：打开准备链接，完成页面上的每一步，这样工作坊一开始就能做练习。',
	alarm: '完成工作坊的准备步骤（链接在日程中）',
	afterDate: ' {time}',
	zoned: '{time}（{tz}）',
	timeLabel: '开始时间',
	timeHint:
		'可选，仅在填写日期时采用：24 小时制的 HH:MM，例如 09:30。填写后日历文件中是一个有具体时间的日程（默认 3 小时，或此处设置的课程时长）；不填则是全天日程。',
	timeInvalid: '请按 HH:MM 输入时间，例如 09:30。',
	tzLabel: '时区',
	tzHint:
		'可选，仅在填写开始时间时采用：开始时间所在时区的 IANA 名称，例如 Asia/Shanghai 或 Europe/Berlin。不填时，每位学员的日历都按其本地时间理解。',
	tzInvalid: '请输入时区名称，例如 Asia/Shanghai。',
} satisfies Dictionary['calendar'];

/** Attendee prep page (`/prep/`, Simplified Chinese). */
import type { Dictionary } from '../index';

export default {
	title: '为工作坊做好准备',
	description: '参加实践工作坊之前需要准备什么、要完成哪些配置步骤，以及如何确认一切正常。',
	printButton: '打印这些步骤（附带返回本页的二维码）',
	printQrLabel: '本页地址的二维码',
	printLink: '本页在线地址（可回到此页，或在你要带去的笔记本电脑上打开）：',
	defaultHeading: '为工作坊做好准备',
	titleFromLink: '链接给出的工作坊标题：',
	dateLabel: '日期：',
	intro: '请在工作坊开始前，在你要带去的笔记本电脑上完成这些步骤，这样上课时就能直接开始练习。每完成一步，就勾选一步。',
	noJs: '本页的链接可能设置了工作坊的标题、日期、平台和代码仓库，但显示它们需要 JavaScript。下面按默认的工作坊代码仓库列出了所有平台的步骤。',
	bringTitle: '需要准备什么',
	troubleTitle: '遇到问题时',
	otherPlatforms: '其他平台的步骤',
	troubleBeforeTheDay: '开课之前',
	troubleGpu: '因使用限制无法获得 GPU',
	troubleVenueIp: '许多学员共用场地的同一个 IP',
	troubleRecycled: '运行时被回收，文件丢失',
	troubleCocalcOffline: 'CoCalc 免费版无法联网',
	troubleKeras: '旧笔记本在 Keras 3 上报错',
	troubleMount: 'Drive 挂载点含有空格',
	troubleSwitch: '何时换平台',
} satisfies Dictionary['prep'];

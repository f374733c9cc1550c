/** Guide pages: sidebar, table of contents, pagination (Simplified Chinese). */
import type { Dictionary } from '../index';

export default {
	guideTitle: '指南',
	guideIntro: '如何为实践工作坊选择学员运行笔记本的平台：以 2020 年一篇 CoCalc 与 Colab 的对比为起点，并更新到今天。',
	sidebarLabel: '指南页面',
	tocLabel: '本页内容',
	previous: '上一页',
	next: '下一页',
	updated: '更新于 {date}',
	sources: '参考来源',
	accessed: '查阅于 {date}',
	eraArticle: '文章的发现（{date}）',
	eraToday: '现状（截至 {date}）',
} satisfies Dictionary['guide'];

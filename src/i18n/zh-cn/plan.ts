/** 讲师的规划页面（`/plan/`，简体中文）。 */
import type { Dictionary } from '../index';

export default {
	title: '规划工作坊',
	description: '一次性设置好动手工作坊：基本信息、费用、时间预算，以及发给学员的准备链接和二维码。',
	intro:
		'只需填写一次工作坊信息。下方的费用计算器和时间预算估算器使用同一份信息，最后生成的准备链接会为学员列出适用于你所选平台和仓库的步骤。',
	noJs: '规划页面在浏览器中生成准备链接，需要启用 JavaScript；下方的工具会显示默认结果。',
	kept: '你的计划保存在此浏览器中（不会发送到任何地方），直到你开始新的计划。',
	fromLink: '此计划来自链接：仅显示，不会保存在此浏览器中。不带链接打开计划页面即可回到你自己的计划。',
	newPlan: '开始新的计划',
	detailsTitle: '工作坊信息',
	titleLabel: '工作坊标题',
	titleHint: '以纯文本显示在准备页面顶部，最多 120 个字符。',
	titleInvalid: '最多使用 120 个字符。',
	dateLabel: '日期',
	dateHint: '格式为 YYYY-MM-DD，例如 2026-12-03。',
	dateInvalid: '请输入格式为 YYYY-MM-DD 的真实日期。',
	platformLabel: '平台',
	attendeesLabel: '学员人数',
	sessionLabel: '课程时长',
	minutes: '分钟',
	costTitle: '费用',
	timeTitle: '时间预算',
	linkTitle: '发给学员的准备链接',
	linkIntro: '把这个链接发给学员（或在开场幻灯片上展示二维码），它会打开带有你的工作坊信息的准备页面。',
	linkLabel: '准备链接',
	copyLink: '复制准备链接',
	openLink: '打开准备页面',
	qrLabel: '准备链接的二维码',
	previewTitle: '准备页面预览',
} satisfies Dictionary['plan'];

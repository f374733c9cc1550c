/** Messages for refused input, shared by every field and URL parameter (Simplified Chinese). */
import type { Dictionary } from '../index';

export default {
	empty: '请输入一个值。',
	'not-a-number': '请输入一个普通数字，例如 25 或 7.5。',
	'not-whole': '请输入整数。',
	'too-precise': '小数位太多：最多 {decimals} 位。',
	grouped: '有歧义：如果指的是一千，请写成 1000（不加分隔符）；否则请去掉小数点后的零。',
	'too-small': '不能小于 {min}。',
	'too-large': '不能大于 {max}。',
	'too-small-plain': '太小：每个数字都必须大于零。',
	'too-large-plain': '太长了。',
	repeated: '出现了不止一次。',
	unknown: '不是可接受的取值之一。',
	'unknown-name': '本页没有这个名称的设置。',
	rejected: '不是可接受的值。',
	'without-repo': '它属于链接中的仓库，而该仓库未被采用。',
	'without-date': '链接中须同时有有效的日期才会采用。',
	'without-time': '链接中须同时有有效的开始时间才会采用。',
	disagrees: '它由链接中的 agenda 决定（议程的总时长），采用的是议程的总时长。',
	paramNotice: '链接中的 {param} 未被采用（{reason}），改用默认值。链接给出的值：{value}',
	paramNoticePart: '链接中的 {param} 有一部分被略去（{reason}），其余部分照常采用。被略去的部分：{value}',
	paramNoticeInstead: '链接中的 {param} 未被采用（{reason}）。链接给出的值：{value}',
	noticesTitle: '此链接中的部分值未被采用',
	copyLink: '复制链接',
	copied: '已复制',
	copyFailed: '复制失败：请选中文字后手动复制。',
} satisfies Dictionary['validation'];

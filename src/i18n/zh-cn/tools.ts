/** Tools index and search page (Simplified Chinese). */
import type { Dictionary } from '../index';

export default {
	toolsTitle: '工具',
	toolsIntro: '这些计算器读取与指南相同的平台数据，结果可以通过链接分享。',
	searchTitle: '搜索',
	searchDescription: '搜索 Workshop Ready 的指南、平台对比和工具。',
	searchNeedsJs: '搜索在你的浏览器中运行，需要 JavaScript。指南目录列出了所有页面。',
	searchResults: '“{q}”的搜索结果：{n} 条',
	searchResultsOne: '“{q}”的搜索结果：1 条',
	searchNoResults: '没有找到与“{q}”相关的结果。',
	searchLoading: '正在搜索…',
} satisfies Dictionary['tools'];

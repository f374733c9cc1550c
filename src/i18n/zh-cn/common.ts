/** Layout, navigation and shared UI strings (Simplified Chinese). */
import type { Dictionary } from '../index';

export default {
	siteName: 'Workshop Ready',
	tagline: '规划实践工作坊在哪里运行、要花多少钱、时间是否够用。',
	skipToContent: '跳到正文',
	navLabel: '主导航',
	navGuide: '指南',
	navCompare: '平台对比',
	navTools: '工具',
	navSetup: '环境配置',
	navPlan: '规划',
	comingSoon: '即将推出',
	themeToggle: '深色主题',
	searchLabel: '搜索本站',
	searchButton: '搜索',
	footerSources: '本站每一项价格和限制都注明了来源和查阅日期。',
	footerArticle: '本指南改编自 2020年的这篇文章：',
	footerLicence: '文字和代码以 MIT 许可证发布。',
	languageLabel: '语言',
	notFoundTitle: '找不到页面',
	notFoundBody: '这个地址没有页面，可能已经移动。',
	notFoundHome: '返回首页',
	notFoundGuide: '浏览指南',
	sourceLabel: '来源',
	asOfLabel: '截至 {date}',
	uncertainLabel: '未经证实',
} satisfies Dictionary['common'];

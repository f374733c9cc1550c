/** Landing page (Simplified Chinese). */
import type { Dictionary } from '../index';

export default {
	title: 'Workshop Ready：省去折腾，办好一场机器学习实践工作坊',
	description: '为数据科学实践工作坊在 Colab、CoCalc、本地安装等平台之间做选择：对比平台、估算费用、核算时间，并帮学员做好准备。',
	heroTitle: '让实践工作坊准备就绪',
	heroBody: '选定学员运行笔记本的平台，算清费用，确认训练能在课时内跑完，再发出一个链接，让每位学员都能把工作坊代码仓库放进自己的环境。',
	verdictTitle: '简短结论',
	verdictBody:
		'深度学习工作坊首选 Google Colab：免费版可以克隆代码仓库，有空闲 GPU 时可以使用，训练速度远快于当年的 CoCalc，而且学员课后还会继续用它。CoCalc 配置更简单，适合不涉及深度学习的机器学习课程，但它的免费版无法联网，所以要预留购买许可证的预算。',
	verdictMore: '看看这个决定是怎么做出的',
	toolsTitle: '工具',
	toolGuide: '阅读指南',
	toolGuideBody: '费用、配置、文件、速度、GPU 以及能运行什么：当年和现在的取舍。',
	toolCompare: '平台对比',
	toolCompareBody: '所有平台并排比较，每一格都注明来源和日期。',
	toolCost: '费用计算器',
	toolCostBody: '按你的学员人数算出每个平台的费用，以及由谁付费。',
	toolTime: '时间预算估算器',
	toolTimeBody: '你的训练在各个平台上能否放进 3 小时的课时？',
	toolSetup: '环境配置步骤',
	toolSetupBody: '可直接复制粘贴的步骤，把你的代码仓库放进各个环境。',
	toolPlan: '规划工作坊',
	toolPlanBody: '一次设置好工作坊，得到发给学员的准备页面链接。',
} satisfies Dictionary['home'];

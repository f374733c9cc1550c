/** 由 service worker 从离线副本提供页面时的提示（简体中文）。 */
import type { Dictionary } from '../index';

export default {
	note: '当前没有网络：这是保存在本设备上的页面副本，可能比在线页面旧。',
	notSavedTitle: '离线：此页面没有保存',
	notSavedHeading: '没有网络，而且此页面没有保存',
	notSavedIntro: '以下页面只要在线打开过一次，就能离线打开：',
	notSavedBack: '返回刚才的页面',
} satisfies Dictionary['offline'];

/** The June 2020 article this site brings up to date: its identity, written once for the footer, the guide's dated blocks and the presets. */
export const ARTICLE = {
	title: 'CoCalc vs Colab — which is better for a hands-on workshop?',
	author: 'Mark Ryan',
	url: 'https://towardsdatascience.com/cocalc-vs-colab-which-is-better-for-a-hands-on-workshop-bb6261e2498',
	asOf: '2020-06',
} as const;

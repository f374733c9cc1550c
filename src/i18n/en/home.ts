/** Landing page (English). */
export default {
	title: 'Workshop Ready: run a hands-on ML workshop without the fiddling',
	description:
		'Choose between Colab, CoCalc, a local install and others for a hands-on data-science workshop: compare, price, time and prepare attendees.',
	heroTitle: 'Get a hands-on workshop ready to run',
	heroBody:
		'Pick where attendees will run the notebooks, check what it costs, check the training runs fit in the session, and send one link that gets the workshop repo into every environment.',
	verdictTitle: 'The short verdict',
	verdictBody:
		'For a deep-learning workshop, Google Colab: its free tier clones the repo, offers GPUs when available and trains far faster than CoCalc did, and attendees keep using it afterwards. CoCalc is simpler to set up and a good pick for machine learning without deep learning, but its free tier has no internet access, so budget for licences.',
	verdictMore: 'Read how the decision was made',
	toolsTitle: 'Tools',
	toolGuide: 'Read the guide',
	toolGuideBody: 'Cost, setup, files, speed, GPUs and what can run: the trade-offs, then and now.',
	toolCompare: 'Compare platforms',
	toolCompareBody: 'Every platform side by side, each cell with its source and date.',
	toolCost: 'Cost calculator',
	toolCostBody: 'What each platform costs for your number of attendees, and who pays.',
	toolTime: 'Time-budget estimator',
	toolTimeBody: 'Do your training runs fit in a 3-hour session on each platform?',
	toolSetup: 'Setup walkthrough',
	toolSetupBody: 'Copy-paste steps that get your repo into each environment.',
	toolPlan: 'Plan a workshop',
	toolPlanBody: 'Set your workshop up once and get the prep link for attendees.',
} as const;

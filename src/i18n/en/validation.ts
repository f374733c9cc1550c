/** Messages for refused input, shared by every field and URL parameter (English). */
export default {
	empty: 'Enter a value.',
	'not-a-number': 'Enter a plain number, like 25 or 7.5.',
	'not-whole': 'Enter a whole number.',
	'too-small': 'Must be at least {min}.',
	'too-large': 'Must be at most {max}.',
	'too-small-plain': 'Too small: every number must be above zero.',
	'too-large-plain': 'Too long or too large.',
	repeated: 'Given more than once.',
	unknown: 'Not one of the accepted values.',
	rejected: 'Not an accepted value.',
	paramNotice: 'The link’s {param} was not used ({reason}); the default applies. The link gave: {value}',
	noticesTitle: 'Some values in this link were not used',
	copyLink: 'Copy link',
	copied: 'Copied',
	copyFailed: 'Copy failed: select the text and copy it by hand.',
} as const;

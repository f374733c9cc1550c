/**
 * URL codec of `/setup/` and `/prep/` (and the plan page's details): the link parameters of
 * lib/prep-link.ts, read into `$workshop` and written back from it. What a link set is also
 * remembered for the "customised by this link" banner. Link values go to stores only, never to storage.
 */
import { pickParams } from '~/lib/params';
import { LINK_PARAMS, SETUP_KEYS, resolveLinkDetails, usableDetails, type LinkKey } from '~/lib/prep-link';
import { paramCodec } from './url-sync';
import { WORKSHOP_BINDING } from './url-sync';
import { setLinkDetails } from './setup';

/** A codec for `keys` (the setup page's or the prep page's). */
export function setupCodec(keys: readonly LinkKey[] = SETUP_KEYS) {
	return paramCodec(pickParams(LINK_PARAMS, keys), [
		{
			...WORKSHOP_BINDING,
			// The page's own address never keeps a value its link would drop (a time with no date).
			get: () => usableDetails(WORKSHOP_BINDING.get()),
			set(values, query) {
				const { details, notices } = resolveLinkDetails(values, query);
				WORKSHOP_BINDING.set(details, query);
				setLinkDetails(details);
				return notices;
			},
		},
	]);
}

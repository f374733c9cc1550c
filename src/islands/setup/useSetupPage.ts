/**
 * Mount logic shared by the setup walkthrough and the prep page: read the link into the
 * stores (URL wins), else restore the reader's last platform tab, preselect the OS, and
 * report the refused parameters. Until this has run, the server-rendered view stays.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PlatformId } from '~/lib/platform-ids';
import type { LinkKey } from '~/lib/prep-link';
import type { ParamNotice } from '~/lib/query';
import { $linkDetails, restoreOs, restorePlatform } from '~/stores/setup';
import { setupCodec } from '~/stores/setup-url';
import { bindUrl } from '~/stores/url-sync';
import { registerServiceWorker } from '~/client/register-sw';

/** `hydrated` turns true after mount; `notices` name the link's refused parameters. */
export function useSetupPage(keys: readonly LinkKey[], available: readonly PlatformId[]) {
	const [state, setState] = useState<{
		hydrated: boolean;
		notices: ParamNotice[];
	}>({ hydrated: false, notices: [] });
	useEffect(() => {
		const { notices, unbind } = bindUrl(setupCodec(keys));
		if (!$linkDetails.get().platform) restorePlatform(available);
		restoreOs(navigator.userAgent);
		setState({ hydrated: true, notices });
		// Saves the offline copy for the venue (issue 14): these are the pages attendees open.
		registerServiceWorker();
		return unbind;
	}, []);
	return state;
}

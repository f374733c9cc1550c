/**
 * Mount logic shared by the setup walkthrough and the prep page: read the link into the
 * stores (URL wins), else restore the reader's last platform tab, preselect the OS, and
 * report the refused parameters. Until this has run, the server-rendered view stays.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PlatformId } from '~/lib/platform-ids';
import type { LinkKey } from '~/lib/prep-link';
import { $linkDetails, restoreOs, restorePlatform } from '~/stores/setup';
import { setupCodec } from '~/stores/setup-url';
import { useUrlBinding } from '../shared/useUrlBinding';
import { registerServiceWorker } from '~/client/register-sw';

/** `hydrated` turns true after mount; `notices` name the link's refused parameters. */
export function useSetupPage(keys: readonly LinkKey[], available: readonly PlatformId[]) {
	// First: the effect below needs the link read.
	const notices = useUrlBinding(() => setupCodec(keys));
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => {
		if (!$linkDetails.get().platform) restorePlatform(available);
		restoreOs(navigator.userAgent);
		setHydrated(true);
		// Saves the offline copy for the venue (issue 14): these are the pages attendees open.
		registerServiceWorker();
	}, []);
	return { hydrated, notices };
}

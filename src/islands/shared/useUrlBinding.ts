/** The one way an island binds its tool to the page's address. */
import { useEffect, useState } from 'preact/hooks';
import type { ParamNotice } from '~/lib/query';
import { bindUrl, type QueryCodec } from '~/stores/url-sync';

/**
 * Binds the codec `make` returns to the address once the island has mounted, and gives the
 * notices of the link's refused values. The codec is made in the first render, before the
 * island's handlers are live, so a value typed before the binding still reaches the address.
 */
export function useUrlBinding(make: () => QueryCodec): ParamNotice[] {
	const [codec] = useState(make);
	const [notices, setNotices] = useState<ParamNotice[]>([]);
	useEffect(() => {
		const bound = bindUrl(codec);
		setNotices(bound.notices);
		return bound.unbind;
	}, []);
	return notices;
}

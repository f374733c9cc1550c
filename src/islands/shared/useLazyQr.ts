/**
 * The QR encoder (src/lib/qr.ts with `uqr`, about 3 KB gzip) loads only when its code is about
 * to be seen: when the box comes near the viewport, before printing, or when asked. Pages that
 * show a QR code far down (the plan) or only on paper (the prep page) do not pay for it on load.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QrPath } from '~/lib/qr';

type Encoder = (text: string) => QrPath | undefined;

/** `encode` once loaded (undefined until then) and `load` to ask for it; `box` loads it when near the viewport. */
export function useLazyQr(box?: RefObject<Element>): { encode: Encoder | undefined; load: () => Promise<void> } {
	const [encode, setEncode] = useState<Encoder>();
	const loading = useRef<Promise<void>>();
	const load = () => (loading.current ??= import('~/lib/qr').then(({ qrPath }) => setEncode(() => qrPath)));
	useEffect(() => {
		const onPrint = () => void load();
		window.addEventListener('beforeprint', onPrint);
		const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onPrint(), { rootMargin: '400px' });
		if (box?.current) observer.observe(box.current);
		return () => {
			observer.disconnect();
			window.removeEventListener('beforeprint', onPrint);
		};
	}, [box]);
	return { encode, load };
}

/** A QR code drawn from its path data (src/lib/qr.ts): numbers only, never the link's text. */
import type { QrPath } from '~/lib/qr';

/** The code as an SVG image named `label`, `px` wide. */
export function QrCode({ qr, label, px = 220, class: className }: { qr: QrPath; label: string; px?: number; class?: string }) {
	return (
		<svg
			class={className}
			role="img"
			aria-label={label}
			viewBox={`0 0 ${qr.size} ${qr.size}`}
			width={px}
			height={px}
			shape-rendering="crispEdges"
		>
			<rect width={qr.size} height={qr.size} fill="#fff" />
			<path d={qr.d} fill="#000" />
		</svg>
	);
}

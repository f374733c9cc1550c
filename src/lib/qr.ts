/**
 * A QR code as one SVG path, for the prep link on the instructor's opening slide. The
 * encoding comes from `uqr` (small, dependency-free); this module only turns its module
 * matrix into path data, so the markup is built from numbers, never from the link's text.
 */
import { encode } from 'uqr';

/** Size (modules per side, border included) and the path data of the dark modules. */
export interface QrPath {
	size: number;
	d: string;
}

/** Path data for a boolean matrix: one `h`-run per horizontal stretch of dark modules. */
export function matrixToPath(matrix: readonly (readonly boolean[])[]): string {
	const parts: string[] = [];
	matrix.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x += 1;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x += 1;
			parts.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
		}
	});
	return parts.join('');
}

/** Most characters any QR code holds (version 40, numeric, level L): longer text is not even tried. */
const MAX_QR_CHARS = 7089;

/**
 * Encodes `text` (medium error correction, a 2-module quiet zone) as an SVG path, or
 * `undefined` when it does not fit the largest QR code (version 40 holds 2,331 bytes at level
 * M): the caller then says the link is too long for a QR code instead of failing.
 */
export function qrPath(text: string): QrPath | undefined {
	if (text.length > MAX_QR_CHARS) return undefined;
	try {
		const { data, size } = encode(text, { ecc: 'M', border: 2 });
		return { size, d: matrixToPath(data) };
	} catch (error) {
		if (error instanceof RangeError && /too long/i.test(error.message)) return undefined;
		throw error;
	}
}

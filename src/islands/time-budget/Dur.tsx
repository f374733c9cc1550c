/** A duration as `<time>`, so the exact ISO figure travels with the human one. */
import { isoDuration } from '~/lib/duration';

interface Props {
	ms: number;
	text: string;
}

/** `<time datetime="PT1080S">18 min</time>`. */
export function Dur({ ms, text }: Props) {
	return <time dateTime={isoDuration(ms)}>{text}</time>;
}

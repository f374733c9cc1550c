/**
 * The workshop-wide parameters every tool and `/plan/` share, one declaration each:
 *
 *   attendees   whole number 1–10,000   (cost calculator, plan)
 *   session     whole number 1–1,440    session length in minutes (time budget, plan)
 *   platform    a platform id           default `colab`, left out of links when it is the default
 *
 * The workshop's link details (title, date, time, tz, repo, branch, folder, notebook) are
 * declared beside their parsers in prep-link.ts, with `platform` from here.
 */
import { DEFAULT_PLATFORM, PLATFORM_IDS, type PlatformId } from './platform-ids';
import { numberParam, type Param } from './params';
import { parseChoice } from './query';

/** Range of the number of attendees, for fields and links alike. */
export const ATTENDEES_SPEC = { min: 1, max: 10_000, integer: true } as const;
/** Range of the session length in minutes. */
export const SESSION_SPEC = { min: 1, max: 1_440, integer: true } as const;
/** The number of attendees when nothing sets one: the article's workshop. */
export const DEFAULT_ATTENDEES = 25;
/** The session length when nothing sets one: the article's 3-hour session. */
export const DEFAULT_SESSION_MINUTES = 180;

/** `attendees`. */
export const ATTENDEES_PARAM = /* @__PURE__ */ numberParam(ATTENDEES_SPEC);
/** `session`. */
export const SESSION_PARAM = /* @__PURE__ */ numberParam(SESSION_SPEC);
/** `platform`. */
export const PLATFORM_PARAM: Param<PlatformId> = { parse: parseChoice(PLATFORM_IDS), default: DEFAULT_PLATFORM };

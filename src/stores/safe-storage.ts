/**
 * localStorage that never throws: storage may be blocked (privacy settings, sandboxed
 * frames), full (QuotaExceededError) or missing (server render). Reads return null and
 * writes report failure instead.
 */

/** The stored string, or null when absent or unreadable. */
export function readStorage(key: string): string | null {
	try {
		return globalThis.localStorage?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** Stores `value` (or removes the key for null); false when the browser refused. */
export function writeStorage(key: string, value: string | null): boolean {
	try {
		if (!globalThis.localStorage) return false;
		if (value === null) localStorage.removeItem(key);
		else localStorage.setItem(key, value);
		return true;
	} catch {
		return false;
	}
}

/**
 * Quoting of values for the shells a setup command is typed into. Validated workshop values
 * use only characters every one of these shells reads literally, so they are shown bare (as
 * the article printed them); anything else is quoted, or, where quoting cannot help, refused.
 */

/** Where a command is typed: a POSIX shell, PowerShell, or a notebook cell. */
export type ShellKind = 'posix' | 'powershell' | 'python' | 'ipython';

/** Characters a POSIX shell reads literally in a bare word. */
const POSIX_BARE = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** Characters PowerShell reads literally in a bare argument (no `@`, `,`, `$`, `` ` ``, `{}`, `()`, `;`). */
const POWERSHELL_BARE = /^[A-Za-z0-9_+=:./-]+$/;
/**
 * Characters safe inside an IPython `!` / `%` line or a Python string literal: IPython expands
 * `{expr}` and `$name` in shell lines before any shell quoting applies, so those (and quotes,
 * backslashes, spaces) must never be present at all.
 */
const NOTEBOOK_SAFE = /^[A-Za-z0-9_.:/@+=-]*$/;

/** Quotes for a POSIX shell: bare when safe, otherwise single quotes with `'` written as `'\''`. */
export function quotePosix(value: string): string {
	if (POSIX_BARE.test(value) && !value.startsWith('-')) return value;
	return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Quotes for PowerShell: bare when safe, otherwise single quotes with every kind of single quote doubled. */
export function quotePowerShell(value: string): string {
	if (POWERSHELL_BARE.test(value) && !value.startsWith('-')) return value;
	// PowerShell treats the typographic quotes ‘ ’ ‚ ‛ as single quotes too.
	return `'${value.replace(/['\u2018\u2019\u201A\u201B]/g, (q) => q + q)}'`;
}

/** Thrown when a value that cannot be made safe for a notebook cell reaches the builder. */
export class UnsafeValueError extends Error {
	constructor(shell: ShellKind, value: string) {
		super(`value not safe for a ${shell} line: ${JSON.stringify(value.slice(0, 40))}`);
		this.name = 'UnsafeValueError';
	}
}

/**
 * The value as it must appear in a command for `shell`. Notebook lines cannot be quoted
 * against IPython's own expansion, so an unsafe value there throws instead of slipping through.
 */
export function quoteFor(shell: ShellKind, value: string): string {
	if (shell === 'posix') return quotePosix(value);
	if (shell === 'powershell') return quotePowerShell(value);
	if (!NOTEBOOK_SAFE.test(value)) throw new UnsafeValueError(shell, value);
	return value;
}

/**
 * A Python string literal holding `value`, for the plain-Python setup cell. JSON's string
 * syntax is a subset of Python's (same escapes, `\uXXXX` included), so any text comes out as
 * one literal; the cell has no `!`/`%` line, so IPython never expands `$x` or `{x}` in it.
 */
export function pyString(value: string): string {
	return JSON.stringify(value);
}

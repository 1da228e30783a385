// Documented in the README: scripts rely on these.
export const exitCodes = {
	ok: 0,
	/** The command ran and failed: not found, refused, the back end said no. */
	failure: 1,
	/** Bad usage: unknown flag, missing argument, invalid value. */
	usage: 2,
} as const;

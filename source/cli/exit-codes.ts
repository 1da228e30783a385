// Documented in the README (in brief) and docs/cli.md (in full): scripts rely on these.
export const exitCodes = {
	ok: 0,
	/** The command ran and failed: not found, refused, the back end said no. For a reply or note: certainly not applied, safe to retry. */
	failure: 1,
	/** Bad usage: unknown flag, missing argument, invalid value. */
	usage: 2,
	/** A reply or note is in the outbox, not yet delivered (the outcome is unknown or the back end is away): do not resend, it is kept. */
	queued: 3,
	/** Refused by --if-unchanged: the conversation changed since that version; nothing was sent. */
	changed: 4,
} as const;

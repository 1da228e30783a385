// {{ key }} placeholders in a back end's saved replies, renamed into deskterm's own names.

/** Keys the table knows take deskterm's name; any other stays as written for the agent to fill by hand. */
export function renamePlaceholders(text: string, known: Readonly<Record<string, string>>): string {
	return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, key: string) => {
		// Own keys only: {{constructor}} or {{toString}} in a macro must not pick up Object's members.
		const name = Object.hasOwn(known, key) ? known[key] : undefined;
		return name ? `{{${name}}}` : whole;
	});
}

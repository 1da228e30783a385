// What a Chatwoot profile holds and how each request is authorised (the api_access_token header).
import * as z from '../../validation/zod.js';
import {DeskError} from '../../domain/errors.js';

const settingsSchema = z.object({
	url: z.url({protocol: /^https?$/, error: 'url must be an http(s) address such as https://app.chatwoot.com'}),
	accountId: z.coerce.number({error: 'accountId must be a number'}).check(z.int(), z.positive()),
	language: z._default(z.string().check(z.minLength(2)), 'en'),
});

export type ChatwootSettings = z.infer<typeof settingsSchema>;

export function parseChatwootSettings(settings: Record<string, unknown>): ChatwootSettings {
	const cleaned = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== '' && value !== null));
	const parsed = settingsSchema.safeParse(cleaned);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new DeskError('usage', `Chatwoot profile: ${issue.path.join('.') || 'settings'}: ${issue.message} (run \`deskterm login chatwoot\`)`);
	}
	return {...parsed.data, url: parsed.data.url.replace(/\/+$/, '')};
}

export function chatwootToken(secrets: Record<string, string> | undefined): string {
	const token = secrets?.['token'];
	if (!token) {
		throw new DeskError('auth', 'no Chatwoot access token: run `deskterm login chatwoot` or set DESKTERM_CHATWOOT_TOKEN');
	}
	return token;
}

/** Chatwoot wants the raw token in its own header, not Authorization. */
export function chatwootHeaders(token: string): Record<string, string> {
	return {api_access_token: token};
}

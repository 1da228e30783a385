// A Request Tracker profile's settings and token, checked before the first request.
import * as z from '../../validation/zod.js';
import {DeskError} from '../../domain/errors.js';
import type {PriorityScale} from './map-priority.js';

const settingsSchema = z.object({
	url: z.string().check(z.minLength(1)),
	user: z.optional(z.string()),
	tagsField: z.optional(z.string()),
	priorities: z.optional(z.object({normal: z.number(), high: z.number(), urgent: z.number()})),
});

export type RtSettings = {
	/** The REST2 base, always ending in /REST/2.0. */
	restUrl: string;
	token: string;
	/** The RT user name or numeric id deskterm acts as. */
	user: string;
	tagsField?: string;
	priorities?: PriorityScale;
};

/** Accepts RT's web address or its REST2 address: https://rt.example.com[/rt][/REST/2.0]. */
export function restUrlFrom(url: string): string {
	let parsed: URL;
	try {
		parsed = new URL(url.trim());
	} catch {
		throw new DeskError('usage', `not a URL: "${url}" (expected e.g. https://rt.example.com)`);
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new DeskError('usage', `not an http(s) URL: "${url}"`);
	const path = parsed.pathname.replace(/\/+$/, '');
	parsed.pathname = /\/REST\/2\.0$/i.test(path) ? path : `${path}/REST/2.0`;
	parsed.search = '';
	parsed.hash = '';
	return parsed.href.replace(/\/+$/, '');
}

/** RT 5 tokens read "1-<user id>-<secret>": the user id says whose token it is. */
export function userIdFromToken(token: string): string | undefined {
	return /^1-(\d+)-[0-9a-f]+$/i.exec(token.trim())?.[1];
}

export function rtSettings(profileName: string, settings: Record<string, unknown>, secrets: Record<string, string>): RtSettings {
	const parsed = settingsSchema.safeParse(settings);
	const login = profileName === 'rt' ? 'deskterm login rt' : `deskterm login rt --profile ${profileName}`;
	if (!parsed.success) throw new DeskError('usage', `the Request Tracker profile "${profileName}" has no valid URL: run \`${login}\``);
	const token = secrets['token']?.trim();
	if (!token) throw new DeskError('auth', `no Request Tracker token for profile "${profileName}": set DESKTERM_RT_TOKEN or run \`${login}\``);
	const user = parsed.data.user?.trim() || userIdFromToken(token);
	if (!user) throw new DeskError('usage', `cannot tell whose token this is: run \`${login} --user <RT user name>\``);
	return {
		restUrl: restUrlFrom(parsed.data.url),
		token,
		user,
		...(parsed.data.tagsField?.trim() ? {tagsField: parsed.data.tagsField.trim()} : {}),
		...(parsed.data.priorities ? {priorities: parsed.data.priorities} : {}),
	};
}

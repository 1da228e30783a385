// The shape of config.json's profiles and of the secrets file: one zod schema, also given to conf.
// zod/mini (through validation/zod): every command reads this at start, so it must not pull in classic zod.
import * as z from '../validation/zod.js';

/** Profile names appear in flags, file names and messages: keep them plain. */
export const profileNamePattern = /^[a-z0-9][a-z0-9._-]{0,39}$/i;

export const storedProfileSchema = z.object({
	provider: z.string().check(z.minLength(1)),
	settings: z.record(z.string(), z.unknown()),
	readOnly: z.optional(z.boolean()),
});
export type StoredProfile = z.infer<typeof storedProfileSchema>;

/** A merged queue: several profiles listed as one ("both": {"profiles": ["local", "rt"]}). */
export const storedGroupSchema = z.object({
	profiles: z.array(z.string().check(z.regex(profileNamePattern))).check(z.minLength(2)),
	readOnly: z.optional(z.boolean()),
});
export type StoredGroup = z.infer<typeof storedGroupSchema>;

/**
 * One entry of "profiles": a back end, or a group. One object with both shapes' fields (not a union), so
 * a wrong field is named in the error ("profiles.work.provider: expected string").
 */
export const storedEntrySchema = z
	.object({
		provider: z.optional(z.string().check(z.minLength(1))),
		settings: z.optional(z.record(z.string(), z.unknown())),
		readOnly: z.optional(z.boolean()),
		profiles: z.optional(storedGroupSchema.shape.profiles),
	})
	.check(
		z.refine(entry => (entry.profiles === undefined ? entry.provider !== undefined && entry.settings !== undefined : entry.provider === undefined), {
			message: 'give either "provider" and "settings", or "profiles" (the profiles of a merged queue)',
		}),
	);
export type StoredEntry = z.infer<typeof storedEntrySchema>;

export const profilesSchema = z.record(z.string().check(z.regex(profileNamePattern)), storedEntrySchema);

/** Other engineers' keys may live in config.json too: unknown top-level keys are kept. */
export const configFileSchema = z.looseObject({
	defaultProfile: z.optional(z.string().check(z.regex(profileNamePattern))),
	profiles: z.optional(profilesSchema),
});
export type ConfigFile = z.infer<typeof configFileSchema>;

export const secretsFileSchema = z.object({
	profiles: z.record(z.string(), z.record(z.string(), z.string())),
});
export type SecretsFile = z.infer<typeof secretsFileSchema>;

/** conf's per-key JSON schema (draft 2020-12, what conf's ajv speaks), derived from the zod one. */
export function confSchema(): Record<string, unknown> {
	const json = (schema: z.ZodMiniType) => {
		const {$schema: _ignored, ...rest} = z.toJSONSchema(schema) as Record<string, unknown>;
		return rest;
	};
	return {defaultProfile: json(z.string().check(z.regex(profileNamePattern))), profiles: json(profilesSchema)};
}

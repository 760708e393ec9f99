import { z } from 'zod';

const version = z.number().int().min(0).max(99_999_999);

/**
 * The settings pages' payloads. The settings themselves are checked by the domain's validation
 * (schema, references, the site's names) in the use case; here only the envelope around them.
 * An import is at most 400,000 characters: the invoke request limit is 500 kB.
 */
export const settingsSavePayload = z.object({ config: z.record(z.string(), z.unknown()), baseVersion: version }).strict();
export const settingsHistoryPayload = z.object({ before: version }).strict();
export const settingsRevertPayload = z.object({ version, baseVersion: version }).strict();
export const settingsImportPayload = z
  .object({
    json: z.string().min(1, 'Choose a file to import.').max(400_000, 'The file is larger than 400,000 characters; an export of valid settings is far smaller.'),
    baseVersion: version,
    dryRun: z.boolean(),
  })
  .strict();
export const projectSettingsSavePayload = z.object({ override: z.record(z.string(), z.unknown()).nullable(), baseVersion: version }).strict();
export const alertSecretRotatePayload = z
  .object({ sourceId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Name a saved alert source (lower-case letters, digits and hyphens).') })
  .strict();

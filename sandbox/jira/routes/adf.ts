/**
 * Whether a body is a document Jira accepts: Atlassian's own ADF validator (@atlaskit/adf-utils, the
 * schema of https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/) finds no
 * problem in it. Jira answers 400 for anything else; so does the local site.
 */
import { validator } from '@atlaskit/adf-utils/validator';

let validate: ReturnType<typeof validator> | null = null;

/**
 * Atlassian's validator, built on first use. Building it asks Atlassian's feature-gate client, which
 * is not initialised outside Atlassian's products and says so once on the console; that notice is
 * kept out of the local site's log.
 */
function adfValidator(): ReturnType<typeof validator> {
  if (validate) return validate;
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!JSON.stringify(args[0] ?? '').includes('feature gate')) warn(...args);
  };
  try {
    validate = validator();
  } finally {
    console.warn = warn;
  }
  return validate;
}

export function isAdfDoc(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; version?: unknown; content?: unknown };
  if (v.type !== 'doc' || v.version !== 1 || !Array.isArray(v.content)) return false;
  let valid = true;
  try {
    adfValidator()(value as never, (entity) => {
      valid = false;
      return entity;
    });
  } catch {
    return false;
  }
  return valid;
}

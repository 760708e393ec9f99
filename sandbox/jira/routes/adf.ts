/**
 * Whether a body is a document Jira accepts: Atlassian's own ADF validator (@atlaskit/adf-utils, the
 * schema of https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/) finds no
 * problem in it. Jira answers 400 for anything else; so does the local site.
 */
import { validator } from '@atlaskit/adf-utils/validator';

const validate = validator();

export function isAdfDoc(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; version?: unknown; content?: unknown };
  if (v.type !== 'doc' || v.version !== 1 || !Array.isArray(v.content)) return false;
  let valid = true;
  try {
    validate(value as never, (entity) => {
      valid = false;
      return entity;
    });
  } catch {
    return false;
  }
  return valid;
}

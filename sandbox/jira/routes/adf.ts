/**
 * The minimal structural check Jira applies to ADF bodies: a `doc` node of version 1 with a
 * content array. https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/
 */
export function isAdfDoc(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; version?: unknown; content?: unknown };
  return v.type === 'doc' && v.version === 1 && Array.isArray(v.content) && v.content.every(isNode);
}

function isNode(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  const n = node as { type?: unknown; content?: unknown; text?: unknown };
  if (typeof n.type !== 'string') return false;
  if (n.type === 'text' && typeof n.text !== 'string') return false;
  return n.content === undefined || (Array.isArray(n.content) && n.content.every(isNode));
}

import type { TimelineEntry } from '../domain/timeline/timeline-entry';
import { verificationSummary } from '../domain/timeline/timeline-export';
import { type ChainVerification, verifyChain } from '../domain/timeline/verify-chain';
import type { TimelineVerificationView } from '../shared/resolver-contract';
import type { TimelineLog } from './ports';

/**
 * Recomputes the whole chain, one storage page (100 entries) at a time, and names the first
 * entry that does not hold. The head hint, written after every append, exposes entries deleted
 * from the end. Returns the entries read too (for export).
 */
export async function verifyTimeline(
  log: TimelineLog,
  issueId: string,
  now: string,
  keepEntries = false,
): Promise<{ view: TimelineVerificationView; entries: TimelineEntry[] }> {
  const entries: TimelineEntry[] = [];
  let result: ChainVerification | undefined;
  for await (const page of log.pages(issueId)) {
    if (keepEntries) entries.push(...page);
    if (result?.firstBreak) continue;
    result = verifyChain(issueId, page, result?.head, result?.checked);
  }
  result ??= verifyChain(issueId, []);
  if (!result.firstBreak) {
    const hint = await log.headHint(issueId);
    if (hint && hint.seq > result.head.seq) result = { ...result, firstBreak: { seq: result.head.seq + 1, problem: 'truncated' } };
  }
  return { view: { checked: result.checked, firstBreak: result.firstBreak, summary: verificationSummary(result), verifiedAt: now }, entries };
}

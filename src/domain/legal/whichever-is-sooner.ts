/**
 * "Whichever is sooner" (issue 30, class 8): a deadline bounded by another notice. Vermont's
 * preliminary notice to the Attorney General is due within 14 business days of discovery "or when
 * the data collector provides notice to consumers ..., whichever is sooner" (9 V.S.A. 2435(b)(3));
 * HIPAA's notice to the Secretary for 500 or more is given "contemporaneously with" the notice to
 * individuals (45 CFR 164.408(b)). Once the bounding notice is sent, the deadline is no later than
 * that sending; before, the rule's own period stands (the other notice's own deadline is later).
 */
import { currentSendings, type LegalFacts } from './legal-facts';

/**
 * @example boundedBySendings(Date.parse('2026-08-28T04:00:00Z'), ['us-vt.individuals'], factsWithVtSentOn('2026-08-14T15:00:00Z')) // 2026-08-14T15:00:00Z
 */
export function boundedBySendings(dueAt: number | null, boundingRuleIds: readonly string[] | undefined, facts: LegalFacts): number | null {
  const sentAt = (boundingRuleIds ?? []).flatMap((id) => currentSendings(facts, id)).map((s) => Date.parse(s.sentAt));
  if (sentAt.length === 0) return dueAt;
  const bound = Math.min(...sentAt);
  return dueAt === null ? bound : Math.min(dueAt, bound);
}

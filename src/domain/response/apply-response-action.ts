import type { ResponseRecordAction } from '../../shared/resolver-contract';
import type { TimelineDraft } from '../timeline/timeline-entry';
import { holderOf, MAX_CUSTODY_HANDOFFS, MAX_EVIDENCE_ITEMS, normaliseSha256, type EvidenceItem } from './evidence-register';
import { sha256Hex } from '../timeline/entry-hash';
import { ROLE_LABELS } from './incident-roles';
import { PHASE_LABELS } from './lifecycle-phases';
import { MAX_PHASE_FACTS, type ResponseFacts } from './response-facts';
import { tickKey, type Runbook } from './runbooks';

export type ResponseOutcome = { ok: true; facts: ResponseFacts; entry: Omit<TimelineDraft, 'recordedAt'> } | { ok: false; field: string; message: string };

export interface ResponseContext {
  by: string;
  now: string;
  reportedAt: string;
  /** The runbook the incident follows (for ticks). */
  runbook: Runbook | null;
  /** A fresh id for a new evidence item. */
  newId: string;
}

const problem = (field: string, message: string): ResponseOutcome => ({ ok: false, field, message });

/**
 * Applies one change to the response workspace and says what the timeline records about it.
 * Times people give ("entered containment at", "collected at") may be backfilled but never lie in
 * the future or before the report. Facts are only added: a phase fact or a hand-off is never
 * rewritten, a role change keeps who held it before in the timeline.
 */
export function applyResponseAction(facts: ResponseFacts, action: ResponseRecordAction, ctx: ResponseContext): ResponseOutcome {
  const { by, now } = ctx;
  const base = { by, corrects: null, happenedAt: now } as const;
  switch (action.action) {
    case 'role': {
      const before = facts.roles[action.role]?.accountId ?? null;
      if (before === action.accountId)
        return problem('accountId', `${ROLE_LABELS[action.role]} is already ${action.accountId === null ? 'unassigned' : 'held by that person'}.`);
      const roles = { ...facts.roles, [action.role]: { accountId: action.accountId, by, at: now } };
      const text = action.accountId === null ? `${ROLE_LABELS[action.role]} unassigned` : `${ROLE_LABELS[action.role]} assigned`;
      return { ok: true, facts: { ...facts, roles }, entry: { ...base, kind: 'role', text, data: { role: action.role, from: before, to: action.accountId } } };
    }
    case 'phase': {
      const timing = pastTime(action.at, ctx, 'at');
      if (timing) return timing;
      if (facts.phases.length >= MAX_PHASE_FACTS) return problem('phase', `An incident keeps at most ${MAX_PHASE_FACTS} phase changes.`);
      const fact = { phase: action.phase, at: action.at, recordedAt: now, by, reason: action.reason ?? null };
      return {
        ok: true,
        facts: { ...facts, phases: [...facts.phases, fact] },
        entry: {
          ...base,
          happenedAt: action.at,
          kind: 'phase',
          text: `Phase: ${PHASE_LABELS[action.phase]}${action.reason ? ` (${action.reason})` : ''}`,
          data: { phase: action.phase },
        },
      };
    }
    case 'tick': {
      const step = ctx.runbook?.id === action.runbookId ? ctx.runbook.steps.find((s) => s.id === action.stepId) : undefined;
      if (!step) return problem('stepId', 'This step is not in the runbook this incident follows (an admin may have changed it): reload.');
      const key = tickKey(action.runbookId, action.stepId);
      if ((facts.ticks[key]?.done ?? false) === action.done) return problem('done', action.done ? 'This step is already ticked.' : 'This step is not ticked.');
      return {
        ok: true,
        facts: { ...facts, ticks: { ...facts.ticks, [key]: { done: action.done, by, at: now } } },
        entry: {
          ...base,
          kind: 'runbook',
          text: `${action.done ? 'Done' : 'Not done after all'}: ${step.text}`,
          data: { runbookId: action.runbookId, stepId: action.stepId, done: action.done },
        },
      };
    }
    case 'evidence': {
      const timing = pastTime(action.collectedAt, ctx, 'collectedAt');
      if (timing) return timing;
      if (facts.evidence.length >= MAX_EVIDENCE_ITEMS) return problem('item', `The register keeps at most ${MAX_EVIDENCE_ITEMS} items per incident.`);
      let sha256: string;
      let hashSource: EvidenceItem['hashSource'];
      if (action.sha256 !== undefined && action.sha256.trim() !== '') {
        const given = normaliseSha256(action.sha256);
        if (!given) return problem('sha256', 'A SHA-256 is 64 hexadecimal digits.');
        if (action.content !== undefined && sha256Hex(action.content) !== given) return problem('sha256', 'The SHA-256 given does not match the pasted text.');
        sha256 = given;
        hashSource = 'given';
      } else if (action.content !== undefined && action.content !== '') {
        sha256 = sha256Hex(action.content);
        hashSource = 'computed';
      } else return problem('sha256', 'Give the SHA-256 of the item, or paste its text for the app to hash.');
      const item: EvidenceItem = {
        id: ctx.newId,
        item: action.item,
        sha256,
        hashSource,
        source: action.source,
        collectedBy: action.collectedBy,
        collectedAt: action.collectedAt,
        recordedBy: by,
        recordedAt: now,
        custody: [],
      };
      return {
        ok: true,
        facts: { ...facts, evidence: [...facts.evidence, item] },
        entry: {
          ...base,
          happenedAt: action.collectedAt,
          kind: 'evidence',
          text: `Evidence collected: ${action.item}`,
          data: { evidenceId: item.id, sha256, hashSource, source: action.source, collectedBy: action.collectedBy },
        },
      };
    }
    case 'custody': {
      const timing = pastTime(action.at, ctx, 'at');
      if (timing) return timing;
      const item = facts.evidence.find((e) => e.id === action.evidenceId);
      if (!item) return problem('evidenceId', 'No such evidence item in this incident.');
      if (item.custody.length >= MAX_CUSTODY_HANDOFFS) return problem('evidenceId', `An item keeps at most ${MAX_CUSTODY_HANDOFFS} hand-offs.`);
      if (action.from.trim() !== holderOf(item).trim())
        return problem('from', `The register says ${holderOf(item)} holds this item: record the hand-off from them.`);
      const last = item.custody.at(-1)?.at ?? item.collectedAt;
      if (Date.parse(action.at) < Date.parse(last)) return problem('at', 'A hand-off cannot be earlier than the one before it (or the collection).');
      const handOff = { from: action.from, to: action.to, at: action.at, why: action.why, recordedBy: by, recordedAt: now };
      const evidence = facts.evidence.map((e) => (e.id === item.id ? { ...e, custody: [...e.custody, handOff] } : e));
      return {
        ok: true,
        facts: { ...facts, evidence },
        entry: {
          ...base,
          happenedAt: action.at,
          kind: 'custody',
          text: `Custody of "${item.item}": ${action.from} to ${action.to} (${action.why})`,
          data: { evidenceId: item.id, from: action.from, to: action.to },
        },
      };
    }
  }
}

/** A time people give must lie between the report and now (a minute of clock skew allowed). */
function pastTime(at: string, ctx: ResponseContext, field: string): ResponseOutcome | null {
  const ms = Date.parse(at);
  if (ms > Date.parse(ctx.now) + 60_000) return problem(field, 'This time is in the future.');
  if (ms < Date.parse(ctx.reportedAt) - 30 * 86_400_000) return problem(field, 'This time is more than 30 days before the report.');
  return null;
}

/** How long a page waits for "I'm on it" before the next person is paged, in minutes. */
export interface AckWindows {
  byLevel: Record<string, number>;
  /** For a level without its own window. */
  otherwise: number;
}

export const DEFAULT_ACK_WINDOWS: AckWindows = { byLevel: { Critical: 5, Serious: 15, Mild: 30 }, otherwise: 15 };

/** Who can be paged for one incident, in order, and what has been done already. */
export interface PagingChain {
  primary: string | null;
  secondary: string | null;
  /** Account ids paged one after another, a window apart, after the secondary. */
  escalationPath: readonly string[];
  /** Whether the person can see the incident (its security level); only they can be paged through it. */
  canSee: (accountId: string) => boolean;
  /** Keys of the steps and skips already recorded: a repeated sweep sends nothing twice. */
  done: ReadonlySet<string>;
}

export type PagingRole = 'primary' | 'secondary' | `escalation-${number}`;

export interface PagingStep {
  /** "<role>@<when paging began>": one page per role per paging, whatever the sweep's timing. */
  key: string;
  role: PagingRole;
  accountId: string;
  /** When the step fell due. */
  at: number;
}

/** Why a place in the chain was passed over; the caller words it with the person's name (paging-words.ts). */
export type SkipReason = { kind: 'nobody-on-call' } | { kind: 'already-paged'; as: PagingRole } | { kind: 'cannot-see' };

export interface SkippedPage {
  key: string;
  role: PagingRole;
  accountId: string | null;
  reason: SkipReason;
}

const MINUTE = 60_000;

function whyNotPaged(accountId: string | null, paged: ReadonlyMap<string, PagingRole>, canSee: (id: string) => boolean): SkipReason | null {
  if (accountId === null) return { kind: 'nobody-on-call' };
  const earlier = paged.get(accountId);
  if (earlier) return { kind: 'already-paged', as: earlier };
  if (!canSee(accountId)) return { kind: 'cannot-see' };
  return null;
}

/**
 * The pages due at `nowMs` for an incident paged since `pagedAtMs` and not yet acknowledged: the
 * primary at once, the secondary one acknowledgement window later, then each person on the
 * escalation path a window after the one before. Someone who cannot be paged (restricted incident,
 * nobody on call, already paged in another role) is skipped and named, and the next person takes
 * their place in time, so a skip never adds a window of silence. Nothing is due from the
 * acknowledgement on. Steps and skips in `chain.done` are left out.
 * @example pagingSteps('Critical', t0, null, DEFAULT_ACK_WINDOWS, t0 + 5 * 60_000, chain).send.map((s) => s.role) // ['primary', 'secondary']
 */
export function pagingSteps(
  level: string,
  pagedAtMs: number,
  ackedAtMs: number | null,
  windows: AckWindows,
  nowMs: number,
  chain: PagingChain,
): { send: PagingStep[]; skipped: SkippedPage[] } {
  const windowMs = (windows.byLevel[level] ?? windows.otherwise) * MINUTE;
  if (!(windowMs > 0)) throw new RangeError(`the acknowledgement window for ${level} must be a positive number of minutes`);
  const since = new Date(pagedAtMs).toISOString();
  const people: [PagingRole, string | null][] = [
    ['primary', chain.primary],
    ['secondary', chain.secondary],
    ...chain.escalationPath.map((id, i): [PagingRole, string] => [`escalation-${i + 1}`, id]),
  ];
  const send: PagingStep[] = [];
  const skipped: SkippedPage[] = [];
  const paged = new Map<string, PagingRole>();
  let slot = 0;
  for (const [role, accountId] of people) {
    const at = pagedAtMs + slot * windowMs;
    if (at > nowMs || (ackedAtMs !== null && ackedAtMs <= at)) break;
    const key = `${role}@${since}`;
    const reason = whyNotPaged(accountId, paged, chain.canSee);
    if (reason !== null) {
      if (!chain.done.has(`skip:${key}`)) skipped.push({ key: `skip:${key}`, role, accountId, reason });
      continue;
    }
    paged.set(accountId!, role);
    slot++;
    if (!chain.done.has(key)) send.push({ key, role, accountId: accountId!, at });
  }
  return { send, skipped };
}

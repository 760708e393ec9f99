import type { AppConfig } from '../config/app-config';
import { UNSURE_PROFILE } from '../legal/organisation-profile';
import type { ChecklistItemView } from '../../shared/settings-contract';
import type { ProgramFacts } from './program-facts';
import { DEFAULT_RUNBOOKS } from '../response/default-runbooks';
import { DEFAULT_TEMPLATES } from '../postmortem/default-templates';
import { differsFromDefaults } from './differs-from-defaults';

/** One item of the checklist, as the settings page shows it. */
export type ChecklistItem = ChecklistItemView;

type Rule = Omit<ChecklistItem, 'done' | 'source' | 'manual'> & { seen?: (config: AppConfig, facts: ProgramFacts) => boolean };

/**
 * Seed 002's minimal incident-response program (incident-practice.md A.21), in the seed's order.
 * Where the app can see that someone did it, it ticks the item itself (never because a default
 * exists); the rest an admin confirms.
 */
const ITEMS: Rule[] = [
  // Before the seed's list: the app itself must know where reports come in (the setup assistant's first step).
  {
    id: 'intake',
    label: 'Decide where incidents are reported',
    why: 'The portal request types employees use to report, and which issues are incidents; nothing else is touched.',
    section: 'scope',
    seen: (c) => c.scope.setUp && (c.intake.requestTypeIds.length > 0 || c.intake.allRequestTypes || c.scope.projectKeys.length > 0 || c.scope.allProjects),
  },
  {
    id: 'owner',
    label: 'Name the incident-response owner',
    why: 'Someone owns the process, usually in the security team.',
    section: 'people',
    seen: (c) => c.program.ownerAccountId !== null,
  },
  { id: 'support-periods', label: 'Decide the support periods', why: 'Know who is available when, and what happens when they are away.', section: 'sla' },
  {
    id: 'responders',
    label: 'Name at least two responders',
    why: 'At least two people can be pinged, with an agreement on after-hours support.',
    section: 'people',
    seen: (c) => c.program.responderAccountIds.length >= 2,
  },
  {
    id: 'channel',
    label: 'Set up a public incident channel',
    why: 'One place for coordination, and people who know when to redirect security incidents.',
    section: 'people',
    seen: (c) => c.program.channel.trim() !== '',
  },
  {
    id: 'runbook',
    label: 'Write an incident-response runbook',
    why: 'Responders investigate and drive incidents consistently.',
    section: 'runbooks',
    // The shipped runbooks existing is not someone having written one: only a runbook written or edited here counts.
    seen: (c) => c.response.runbooks.length > 0 && differsFromDefaults(c.response.runbooks, DEFAULT_RUNBOOKS),
  },
  {
    id: 'working-document',
    label: 'Keep a working document per incident',
    why: 'Everything about an incident in one place: the incident panel and its timeline.',
    section: 'postmortem',
    seen: (c) => c.postmortem.templates.some((t) => t.kind === 'final-report'),
  },
  {
    id: 'ticketing',
    label: 'Track incidents as locked-down tickets',
    why: 'Incident tickets may hold personal data; restrict them to those involved.',
    section: 'restrictions',
    seen: (c) => c.taxonomy.categories.some((cat) => cat.restrictTo !== null),
  },
  {
    id: 'postmortem-template',
    label: 'Adopt a postmortem template',
    why: 'Every high or critical incident gets a blameless postmortem with follow-ups.',
    section: 'postmortem',
    // A postmortem template someone adopted here (the shipped one edited, or their own); the shipped one as is can be confirmed by hand.
    seen: (c) => c.postmortem.templates.some((t) => t.kind === 'postmortem' && !DEFAULT_TEMPLATES.some((d) => !differsFromDefaults(t, d))),
  },
  {
    id: 'tabletop',
    label: 'Run a tabletop exercise',
    why: 'Find the problems in the process before a real incident does.',
    section: 'getting-started',
    seen: (_c, f) => f.exercises12m > 0,
  },
  {
    id: 'contacts',
    label: 'Build the stakeholder contact inventory',
    why: 'Legal, HR, PR, SRE and engineering contacts, with emergency details.',
    section: 'people',
    seen: (c) => c.response.contacts.some((x) => !x.lawEnforcement),
  },
  {
    id: 'law-enforcement',
    label: 'Establish law-enforcement contacts',
    why: 'Know whom to call at the police or the national CSIRT before you need them.',
    section: 'people',
    seen: (c) => c.response.contacts.some((x) => x.lawEnforcement),
  },
  {
    id: 'legal-requirements',
    label: 'Determine legal notification requirements',
    why: 'Contractual and legal deadlines for notifying regulators and customers.',
    section: 'legal',
    seen: (c) => c.legal.customRules.length > 0 || JSON.stringify(c.legal.profile) !== JSON.stringify(UNSURE_PROFILE),
  },
  { id: 'retainer', label: 'Consider an incident-response retainer (optional)', why: 'On-demand outside help, if the budget allows.', section: 'people' },
];

export function gettingStarted(config: AppConfig, facts: ProgramFacts, confirmed: readonly string[]): ChecklistItem[] {
  return ITEMS.map(({ seen, ...item }) => {
    const byApp = seen?.(config, facts) ?? false;
    const byAdmin = !byApp && confirmed.includes(item.id);
    return { ...item, done: byApp || byAdmin, source: byApp ? 'app' : byAdmin ? 'confirmed' : null, manual: seen === undefined };
  });
}

export const CHECKLIST_ITEM_IDS = ITEMS.map((i) => i.id);

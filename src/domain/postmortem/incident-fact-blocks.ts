import type { ReportBlockView } from '../../shared/report-contract';
import { DATA_TYPE_LABELS, RESIDENCE_LABELS, type DataTypeView, type ResidenceView } from '../../shared/legal-vocabulary';
import { formatDuration } from '../../shared/durations';
import { CIA_FLAGS } from '../incident/incident-record';
import type { ReportFacts } from './report-facts';
import { bullets, labelled, nameOf, note, table, timeOf } from './report-text';

const clockStop = (facts: ReportFacts, kind: 'acknowledge' | 'contain' | 'resolve') => facts.sla.clocks.find((c) => c.kind === kind)?.stoppedAt ?? null;
const since = (facts: ReportFacts, at: string | null) =>
  at ? ` (${formatDuration(Date.parse(at) - Date.parse(facts.incident.reportedAt))} after the report)` : '';

/** Category, priority, when it was reported, confirmed, contained and resolved. */
export function overviewBlocks(facts: ReportFacts): ReportBlockView[] {
  const i = facts.incident;
  const contained = clockStop(facts, 'contain');
  const resolved = clockStop(facts, 'resolve');
  return [
    bullets([
      labelled('Category', i.category ?? 'not classified'),
      labelled('Priority', i.priority ? `${i.priority} (impact ${i.impact ?? '-'}, urgency ${i.urgency ?? '-'})` : 'not set'),
      labelled('Status', facts.issue.status),
      labelled('Reported', timeOf(facts, i.reportedAt)),
      labelled(
        'Confirmed as an incident',
        i.triage.state === 'incident'
          ? timeOf(facts, i.triage.at) + since(facts, i.triage.at)
          : i.triage.state === 'not-incident'
            ? 'no, dismissed'
            : 'not yet',
      ),
      labelled('Contained', contained ? timeOf(facts, contained) + since(facts, contained) : 'not recorded'),
      labelled('Resolved', resolved ? timeOf(facts, resolved) + since(facts, resolved) : 'not yet'),
      ...(i.exercise ? [labelled('Exercise', 'yes: this is a tabletop exercise or drill, not a real incident')] : []),
    ]),
  ];
}

/** Which security goals it touched and whom it affected, from the classification and the legal answers. */
export function impactBlocks(facts: ReportFacts): ReportBlockView[] {
  const touched = CIA_FLAGS.filter((f) => facts.incident.cia[f]);
  const answers = facts.legal.answers;
  const affected = Object.entries(answers.affected).filter(([, n]) => typeof n === 'number');
  return [
    bullets([
      labelled('Security goals affected', touched.length > 0 ? touched.join(', ') : 'none recorded'),
      labelled('Personal data involved', answers.personalData ?? 'not answered'),
      labelled('Risk to individuals', answers.risk ?? 'not assessed'),
      labelled(
        'People affected',
        affected.length > 0
          ? affected.map(([where, n]) => `${n} (${where === 'total' ? 'total' : RESIDENCE_LABELS[where as ResidenceView]})`).join(', ')
          : 'not counted',
      ),
    ]),
  ];
}

/** How the incident came to light and how fast the team picked it up. */
export function detectionBlocks(facts: ReportFacts): ReportBlockView[] {
  const acknowledged = clockStop(facts, 'acknowledge');
  const detected = facts.legal.starts.find((s) => s.trigger === 'detected_at' && s.current)?.at ?? null;
  return [
    bullets([
      labelled('First signal noticed', detected ? timeOf(facts, detected) : 'not recorded'),
      labelled('Reported', timeOf(facts, facts.incident.reportedAt)),
      labelled('Acknowledged', acknowledged ? timeOf(facts, acknowledged) + since(facts, acknowledged) : 'not yet'),
    ]),
  ];
}

export function priorityHistoryBlocks(facts: ReportFacts): ReportBlockView[] {
  if (facts.priorityHistory.length === 0) return [note('The priority did not change after it was first set.')];
  return [
    table(
      ['When', 'From', 'To', 'Where', 'By', 'Why'],
      facts.priorityHistory.map((p) => [
        timeOf(facts, p.at),
        p.from ?? '-',
        p.to ?? '-',
        p.source === 'app' ? 'incident panel' : 'Jira',
        nameOf(facts.names, p.by),
        p.reason ?? '',
      ]),
    ),
  ];
}

/** GDPR Art. 33(3)(a): the nature of the breach, categories and approximate numbers of people concerned. */
export function breachNatureBlocks(facts: ReportFacts): ReportBlockView[] {
  const a = facts.legal.answers;
  const types = (Object.entries(a.dataTypes) as [DataTypeView, string][])
    .filter(([, v]) => v !== 'no')
    .map(([k, v]) => `${DATA_TYPE_LABELS[k]}${v === 'unsure' ? ' (unsure)' : ''}`);
  const where = a.residences.map((r) => RESIDENCE_LABELS[r]);
  return [
    bullets([
      labelled('Personal data involved', a.personalData ?? 'not answered'),
      labelled('Categories of data', types.length > 0 ? types.join('; ') : 'none recorded'),
      labelled('Where the people concerned live', where.length > 0 ? where.join('; ') + (a.residencesComplete ? '' : ' (list not complete)') : 'not recorded'),
      labelled('Approximate number of people', a.affected.total !== undefined ? String(a.affected.total) : 'not counted'),
      labelled('Risk to individuals', a.risk ?? 'not assessed'),
    ]),
  ];
}

/** GDPR Art. 33(3)(b): who can tell the authority more: the legal lead and the configured contacts. */
export function breachContactBlocks(facts: ReportFacts): ReportBlockView[] {
  const lead = facts.response.roles.find((r) => r.role === 'legalLead')?.accountId ?? null;
  const contacts = facts.response.contacts.map((c) => [c.name, c.role, c.channel]);
  return [
    bullets([labelled('Legal lead on this incident', lead ? nameOf(facts.names, lead) : 'not assigned')]),
    facts.response.contactsHidden
      ? note('Contacts are shown to the responders of this incident only.')
      : contacts.length > 0
        ? table(['Contact', 'Role', 'How to reach'], contacts)
        : note('No stakeholder contacts are configured for this incident: add the data protection officer in the settings.'),
  ];
}

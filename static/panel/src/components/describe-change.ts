import type { IncidentChangeView, IncidentView } from '../../../../src/shared/resolver-contract';
import { TRIGGER_LABELS, type TriggerKeyView } from '../../../../src/shared/legal-vocabulary';
import { FIELD_NAMES, formatTime, labelOf } from './labels';

const DECISIONS: Record<string, string> = { notify: 'will notify', 'not-required': 'not required', delay: 'delayed at the authorities’ request' };

/**
 * One change of the incident in words for people: labels, not ids; times in the viewer's zone;
 * legal rules by their regime and stage, not their rule ids. The stored change keeps the ids.
 */
export function describeChange(h: IncidentChangeView, view: Pick<IncidentView, 'settings' | 'legal'>, timeZone: string): string {
  const rule = (id: string) => {
    const o = view.legal.obligations.find((x) => x.ruleId === id);
    return o ? `${o.regime}, ${o.stage}` : 'a notification rule';
  };
  const time = (iso: string | null) => (iso && !Number.isNaN(Date.parse(iso)) ? formatTime(iso, timeZone) : (iso ?? ''));
  const [, legalWhat, ...rest] = h.field.split(' ');
  if (h.field.startsWith('response ')) return h.to ?? 'Response updated';
  if (h.field === 'legal answers') return `Legal: the answers about the data and the people affected were recorded${h.to ? ` (${h.to})` : ''}`;
  if (legalWhat === 'start') {
    const trigger = rest[0] as TriggerKeyView | undefined;
    return `Legal: clock started: ${trigger && TRIGGER_LABELS[trigger] ? TRIGGER_LABELS[trigger].toLowerCase() : 'a start'} at ${time(h.to)}`;
  }
  if (legalWhat === 'decision') return `Legal: ${rule(rest[0] ?? '')}: ${DECISIONS[h.to ?? ''] ?? 'decided'}`;
  if (legalWhat === 'notice') return `Legal: notice sent: ${rule(rest[1] ?? '')}, at ${time(h.to)}`;
  const name = FIELD_NAMES[h.field] ?? h.field;
  if (h.from === null) return `${name} set to ${labelOf(view.settings, h.field, h.to)}`;
  return `${name} ${labelOf(view.settings, h.field, h.from)} → ${labelOf(view.settings, h.field, h.to)}`;
}

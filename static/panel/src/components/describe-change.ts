import type { I18n } from '../../../common/i18n/i18n-provider';
import type { IncidentChangeView, IncidentView } from '../../../../src/shared/resolver-contract';
import type { TriggerKeyView } from '../../../../src/shared/legal-vocabulary';
import { FIELD_KEYS, formatTime, labelOf } from './labels';
import { TRIGGER_LABEL_KEYS } from './legal/legal-words';
import { SOURCE_LOCALE } from '../../../common/i18n/message-key';

/**
 * One change of the incident in words for people: labels, not ids; times in the viewer's zone;
 * legal rules by their regime and stage, not their rule ids. The stored change keeps the ids.
 */
export function describeChange(h: IncidentChangeView, view: Pick<IncidentView, 'settings' | 'legal'>, timeZone: string, words: I18n): string {
  const { t, locale } = words;
  const rule = (id: string) => view.legal.obligations.find((x) => x.ruleId === id);
  const time = (iso: string | null) => (iso && !Number.isNaN(Date.parse(iso)) ? formatTime(iso, timeZone, locale) : (iso ?? ''));
  const [, legalWhat, ...rest] = h.field.split(' ');
  if (h.field.startsWith('response ')) return h.to ?? t('panel.change.responseUpdated');
  if (h.field === 'legal answers') return h.to ? t('panel.change.legalAnswersWith', { details: h.to }) : t('panel.change.legalAnswers');
  if (legalWhat === 'start') {
    const trigger = rest[0] as TriggerKeyView | undefined;
    const key = trigger ? TRIGGER_LABEL_KEYS[trigger] : undefined;
    if (!key) return t('panel.change.legalStartUnknown', { at: time(h.to) });
    // English names the trigger in lower case mid-sentence; the other languages put it after a colon, as written.
    const name = locale === SOURCE_LOCALE ? t(key).toLowerCase() : t(key);
    return t('panel.change.legalStart', { trigger: name, at: time(h.to) });
  }
  if (legalWhat === 'decision') {
    const decision = h.to === 'notify' || h.to === 'delay' ? h.to : h.to === 'not-required' ? 'notRequired' : 'other';
    const o = rule(rest[0] ?? '');
    return o ? t('panel.change.legalDecision', { regime: o.regime, stage: o.stage, decision }) : t('panel.change.legalDecisionUnknownRule', { decision });
  }
  if (legalWhat === 'notice') {
    const o = rule(rest[1] ?? '');
    const at = time(h.to);
    return o ? t('panel.change.legalNotice', { regime: o.regime, stage: o.stage, at }) : t('panel.change.legalNoticeUnknownRule', { at });
  }
  const name = FIELD_KEYS[h.field] ? t(FIELD_KEYS[h.field]!) : h.field;
  if (h.from === null) return t('panel.change.fieldSet', { field: name, to: labelOf(view.settings, h.field, h.to, words) });
  return t('panel.change.fieldChanged', {
    field: name,
    from: labelOf(view.settings, h.field, h.from, words),
    to: labelOf(view.settings, h.field, h.to, words),
  });
}

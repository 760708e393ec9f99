import { Checkbox } from '@atlaskit/checkbox';
import { Fragment } from 'react';
import { ListInput } from '../fields';
import { JsonEditor } from '../json-editor';
import { RESIDENCES, VERIFICATION_LEVELS, type ResidenceView, type VerificationView } from '../../../../src/shared/legal-vocabulary';
import { useT } from '../../../common/i18n/i18n-provider';
import type { Translate } from '../../../common/i18n/translate';
import { countryName, residenceName, VERIFICATION_WORDS } from '../legal-words';
import type { SectionProps } from '../section-props';
import { LegalProfileQuestionnaire } from './legal-profile-questionnaire';

/** A rule's place by name ("EU-DE" reads "European Union / EEA: Germany"). */
function placeName(code: string, t: Translate, locale: string): string {
  const [region, country] = code.split('-');
  if (region === 'EU' && country) return t('admin.legal.place.euCountry', { country: countryName(country, locale) });
  if (code === 'card-brands') return t('admin.legal.place.cardBrands');
  if (code === 'contract') return t('admin.legal.place.contract');
  if ((RESIDENCES as string[]).includes(code)) return residenceName(code as ResidenceView, t, locale);
  return /^[A-Z]{2}$/.test(code) ? countryName(code, locale) : code;
}

/** Legal regimes: the profile, rules on or off, per-country overrides, contractual deadlines and reminders. */
export function LegalSection({ draft, view, update, problem }: SectionProps) {
  const { t, locale } = useT();
  const legal = draft.legal;
  return (
    <div>
      <p className="muted">{t('admin.legal.disclaimer')}</p>
      <h3>{t('admin.legal.profileHeading')}</h3>
      <LegalProfileQuestionnaire draft={draft} update={update} problem={problem} />
      <h3>{t('admin.legal.rulesHeading')}</h3>
      <p className="muted">{t('admin.legal.legendIntro')}</p>
      <dl className="legend" data-testid="verification-legend">
        {VERIFICATION_LEVELS.map((level) => (
          <Fragment key={level}>
            <dt>{t(VERIFICATION_WORDS[level].label)}</dt>
            <dd>{t(VERIFICATION_WORDS[level].legend)}</dd>
          </Fragment>
        ))}
      </dl>
      <table data-testid="legal-rules">
        <thead>
          <tr>
            <th scope="col">{t('admin.legal.column.on')}</th>
            <th scope="col">{t('admin.legal.column.regime')}</th>
            <th scope="col">{t('admin.legal.column.stage')}</th>
            <th scope="col">{t('admin.legal.column.where')}</th>
            <th scope="col">{t('admin.legal.column.checked')}</th>
          </tr>
        </thead>
        <tbody>
          {view.legalRules.map((r) => (
            <tr key={r.id}>
              <td>
                <Checkbox
                  aria-label={t('admin.legal.useRule', { regime: r.regime, stage: r.stage })}
                  isChecked={legal.enabled[r.id] ?? r.enabledByDefault}
                  testId={`rule-${r.id}`}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    update((d) => void (on === r.enabledByDefault ? delete d.legal.enabled[r.id] : (d.legal.enabled[r.id] = on)));
                  }}
                />
              </td>
              <td>{r.regime}</td>
              <td>{r.stage}</td>
              <td>{placeName(r.jurisdiction, t, locale)}</td>
              <td className="muted">{t((VERIFICATION_WORDS[r.verification as VerificationView] ?? VERIFICATION_WORDS.UNVERIFIED).label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ListInput
        label={t('admin.legal.remindAt')}
        values={legal.escalation.atPercent.map(String)}
        problem={problem('legal.escalation.atPercent')}
        onChange={(v) => update((d) => void (d.legal.escalation.atPercent = v.map(Number)))}
      />
      <JsonEditor
        label={t('admin.legal.customRules')}
        value={legal.customRules}
        problem={problem('legal.customRules')}
        help={t('admin.legal.example', {
          example:
            '[{"id":"acme-contract","regime":"ACME contract","stage":"Notice","recipient":"ACME security","trigger":"awareness","period":{"amount":48,"unit":"hours"},"softWording":null,"policyTargetHours":null,"requiresPersonalData":false,"residences":[],"citation":"MSA §9.2","lateRequiresReasons":false}]',
        })}
        testId="legal-custom-rules"
        onChange={(v) => update((d) => void (d.legal.customRules = v))}
      />
      <JsonEditor
        label={t('admin.legal.overrides')}
        value={legal.overrides}
        problem={problem('legal.overrides')}
        help={t('admin.legal.example', { example: '[{"ruleId":"gdpr-art33","jurisdiction":"EU-DE","recipient":"BfDI","note":"federal authority"}]' })}
        onChange={(v) => update((d) => void (d.legal.overrides = v))}
      />
      <JsonEditor
        label={t('admin.legal.policyTargets')}
        value={legal.policyTargetHours}
        problem={problem('legal.policyTargetHours')}
        onChange={(v) => update((d) => void (d.legal.policyTargetHours = v))}
      />
    </div>
  );
}

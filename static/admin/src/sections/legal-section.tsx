import { Checkbox } from '@atlaskit/checkbox';
import { Fragment } from 'react';
import { ListInput } from '../fields';
import { JsonEditor } from '../json-editor';
import { COUNTRY_NAMES } from '../../../../src/shared/organisation-profile-labels';
import {
  RESIDENCE_LABELS,
  VERIFICATION_LABELS,
  VERIFICATION_LEGEND,
  VERIFICATION_LEVELS,
  type VerificationView,
} from '../../../../src/shared/legal-vocabulary';
import type { SectionProps } from '../section-props';
import { LegalProfileQuestionnaire } from './legal-profile-questionnaire';

/** A rule's place by name ("EU-DE" reads "European Union / EEA: Germany"). */
function placeName(code: string): string {
  const [region, country] = code.split('-');
  if (region === 'EU' && country) return `${RESIDENCE_LABELS.EU}: ${COUNTRY_NAMES[country] ?? country}`;
  if (code === 'CA') return 'Canada';
  if (code === 'card-brands') return 'Card brands (worldwide)';
  return (RESIDENCE_LABELS as Record<string, string>)[code] ?? COUNTRY_NAMES[code] ?? code;
}

/** Legal regimes: the profile, rules on or off, per-country overrides, contractual deadlines and reminders. */
export function LegalSection({ draft, view, update, problem }: SectionProps) {
  const legal = draft.legal;
  return (
    <div>
      <p className="muted">The rules are an engineering aid; confirm with counsel.</p>
      <h3>Organisation profile</h3>
      <LegalProfileQuestionnaire draft={draft} update={update} problem={problem} />
      <h3>Rules</h3>
      <p className="muted">How far each rule was checked:</p>
      <dl className="legend" data-testid="verification-legend">
        {VERIFICATION_LEVELS.map((level) => (
          <Fragment key={level}>
            <dt>{VERIFICATION_LABELS[level]}</dt>
            <dd>{VERIFICATION_LEGEND[level]}</dd>
          </Fragment>
        ))}
      </dl>
      <table data-testid="legal-rules">
        <thead>
          <tr>
            <th scope="col">On</th>
            <th scope="col">Regime</th>
            <th scope="col">Stage</th>
            <th scope="col">Where</th>
            <th scope="col">Checked</th>
          </tr>
        </thead>
        <tbody>
          {view.legalRules.map((r) => (
            <tr key={r.id}>
              <td>
                <Checkbox
                  aria-label={`Use the rule: ${r.regime}, ${r.stage}`}
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
              <td>{placeName(r.jurisdiction)}</td>
              <td className="muted">{VERIFICATION_LABELS[r.verification as VerificationView] ?? VERIFICATION_LABELS.UNVERIFIED}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ListInput
        label="Remind at these shares of each legal window (%)"
        values={legal.escalation.atPercent.map(String)}
        problem={problem('legal.escalation.atPercent')}
        onChange={(v) => update((d) => void (d.legal.escalation.atPercent = v.map(Number)))}
      />
      <JsonEditor
        label="Contractual deadlines (custom rules)"
        value={legal.customRules}
        problem={problem('legal.customRules')}
        help='e.g. [{"id":"acme-contract","regime":"ACME contract","stage":"Notice","recipient":"ACME security","trigger":"awareness","period":{"amount":48,"unit":"hours"},"softWording":null,"policyTargetHours":null,"requiresPersonalData":false,"residences":[],"citation":"MSA §9.2","lateRequiresReasons":false}]'
        testId="legal-custom-rules"
        onChange={(v) => update((d) => void (d.legal.customRules = v))}
      />
      <JsonEditor
        label="Per-country overrides"
        value={legal.overrides}
        problem={problem('legal.overrides')}
        help='e.g. [{"ruleId":"gdpr-art33","jurisdiction":"EU-DE","recipient":"BfDI","note":"federal authority"}]'
        onChange={(v) => update((d) => void (d.legal.overrides = v))}
      />
      <JsonEditor
        label="Policy targets for soft duties (rule id -> hours)"
        value={legal.policyTargetHours}
        problem={problem('legal.policyTargetHours')}
        onChange={(v) => update((d) => void (d.legal.policyTargetHours = v))}
      />
    </div>
  );
}

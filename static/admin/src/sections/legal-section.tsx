import type { SettingsDocument } from '../../../../src/shared/resolver-contract';
import { CheckboxInput, ListInput, SelectInput, TextInput } from '../fields';
import { JsonEditor } from '../json-editor';
import { PROFILE_LABELS } from '../../../../src/shared/organisation-profile-labels';
import type { SectionProps } from '../section-props';

type Profile = SettingsDocument['legal']['profile'];
const TRI = [
  { value: 'unsure', label: 'Not sure' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;
const opts = (...values: string[]) => values.map((v) => ({ value: v, label: v === 'unsure' ? 'Not sure' : v }));

/** The organisation's profile: each flag decides whether a family of rules applies (unsure shows it as possible). */
const PROFILE: [keyof Profile, readonly { value: string; label: string }[]][] = [
  ['euEstablished', TRI],
  ['processor', TRI],
  ['nis2', opts('unsure', 'essential', 'important', 'none')],
  ['dora', opts('unsure', 'credit-institution', 'ccp', 'trading-venue', 'other-financial-entity', 'none')],
  ['trustServiceProvider', TRI],
  ['telecomProvider', TRI],
  ['secRegistrant', TRI],
  ['hipaa', opts('unsure', 'covered-entity', 'business-associate', 'none')],
  ['nydfsCovered', TRI],
  ['usBanking', TRI],
  ['usBankServiceProvider', TRI],
  ['ftcFinancialInstitution', TRI],
  ['regSpInstitution', TRI],
  ['regSpServiceProvider', TRI],
  ['cisaCoveredEntity', TRI],
  ['auAppEntity', TRI],
  ['auReportingEntity', TRI],
  ['auSoci', TRI],
  ['certInScope', TRI],
  ['cardMerchant', TRI],
  ['craManufacturer', TRI],
  ['chCriticalInfrastructure', TRI],
  ['aiHighRiskProvider', TRI],
];

/** Legal regimes: the profile, rules on or off, per-country overrides, contractual deadlines and reminders. */
export function LegalSection({ draft, view, update, problem }: SectionProps) {
  const legal = draft.legal;
  return (
    <div>
      <p className="muted">The rules are an engineering aid; confirm with counsel. "Not sure" keeps a rule visible as possible on each incident.</p>
      <h3>Organisation profile</h3>
      <div className="row">
        {PROFILE.map(([key, options]) => (
          <SelectInput
            key={key}
            label={PROFILE_LABELS[key] ?? key}
            value={String(legal.profile[key])}
            options={options}
            testId={`profile-${key}`}
            problem={problem(`legal.profile.${key}`)}
            onChange={(v) => update((d) => void ((d.legal.profile as unknown as Record<string, string>)[key] = v))}
          />
        ))}
      </div>
      <div className="row">
        <ListInput
          label="EU Member States (two-letter codes)"
          values={legal.profile.memberStates}
          help="One per line; the first is where DORA reports go."
          problem={problem('legal.profile.memberStates')}
          onChange={(v) => update((d) => void (d.legal.profile.memberStates = v.map((s) => s.toUpperCase())))}
        />
        <TextInput
          label="Card acquirer's country"
          value={legal.profile.acquirerCountry ?? ''}
          width={80}
          problem={problem('legal.profile.acquirerCountry')}
          onChange={(v) => update((d) => void (d.legal.profile.acquirerCountry = v.trim() ? v.trim().toUpperCase() : null))}
        />
      </div>
      <h3>Rules</h3>
      <table data-testid="legal-rules">
        <thead>
          <tr>
            <th scope="col">On</th>
            <th scope="col">Regime</th>
            <th scope="col">Stage</th>
            <th scope="col">Where</th>
            <th scope="col">Verified</th>
          </tr>
        </thead>
        <tbody>
          {view.legalRules.map((r) => (
            <tr key={r.id}>
              <td>
                <CheckboxInput
                  label=""
                  checked={legal.enabled[r.id] ?? r.enabledByDefault}
                  testId={`rule-${r.id}`}
                  onChange={(on) => update((d) => void (on === r.enabledByDefault ? delete d.legal.enabled[r.id] : (d.legal.enabled[r.id] = on)))}
                />
              </td>
              <td>{r.regime}</td>
              <td>{r.stage}</td>
              <td>{r.jurisdiction}</td>
              <td className="muted">{r.verification}</td>
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

import type { SettingsDocument } from '../../../../src/shared/resolver-contract';
import { CheckboxInput, ListInput, SelectInput, TextInput } from '../fields';
import { JsonEditor } from '../json-editor';
import type { SectionProps } from '../section-props';

type Profile = SettingsDocument['legal']['profile'];
const TRI = [
  { value: 'unsure', label: 'Not sure' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;
const opts = (...values: string[]) => values.map((v) => ({ value: v, label: v === 'unsure' ? 'Not sure' : v }));

/** The organisation's profile: each flag decides whether a family of rules applies (unsure shows it as possible). */
const PROFILE: [keyof Profile, string, readonly { value: string; label: string }[]][] = [
  ['euEstablished', 'Established in the EU', TRI],
  ['processor', 'Processes data for others (processor, vendor)', TRI],
  ['nis2', 'NIS2 entity', opts('unsure', 'essential', 'important', 'none')],
  ['dora', 'DORA financial entity', opts('unsure', 'credit-institution', 'ccp', 'trading-venue', 'other-financial-entity', 'none')],
  ['trustServiceProvider', 'Trust service provider (eIDAS)', TRI],
  ['telecomProvider', 'Telecom provider', TRI],
  ['secRegistrant', 'SEC registrant', TRI],
  ['hipaa', 'HIPAA', opts('unsure', 'covered-entity', 'business-associate', 'none')],
  ['nydfsCovered', 'NYDFS covered entity', TRI],
  ['usBanking', 'US banking organisation', TRI],
  ['usBankServiceProvider', 'US bank service provider', TRI],
  ['ftcFinancialInstitution', 'FTC Safeguards financial institution', TRI],
  ['regSpInstitution', 'Reg S-P covered institution', TRI],
  ['regSpServiceProvider', 'Reg S-P service provider', TRI],
  ['cisaCoveredEntity', 'CIRCIA covered entity', TRI],
  ['auAppEntity', 'Australian Privacy Act (APP) entity', TRI],
  ['auReportingEntity', 'Australian ransomware reporting business', TRI],
  ['auSoci', 'Australian critical infrastructure (SOCI)', TRI],
  ['certInScope', 'In scope of CERT-In directions (India)', TRI],
  ['cardMerchant', 'Accepts payment cards', TRI],
  ['craManufacturer', 'Manufacturer under the Cyber Resilience Act', TRI],
  ['chCriticalInfrastructure', 'Swiss critical infrastructure', TRI],
  ['aiHighRiskProvider', 'Provider of a high-risk AI system', TRI],
];

/** Legal regimes: the profile, rules on or off, per-country overrides, contractual deadlines and reminders. */
export function LegalSection({ draft, view, update, problem }: SectionProps) {
  const legal = draft.legal;
  return (
    <div>
      <p className="muted">The rules are an engineering aid; confirm with counsel. "Not sure" keeps a rule visible as possible on each incident.</p>
      <h3>Organisation profile</h3>
      <div className="row">
        {PROFILE.map(([key, label, options]) => (
          <SelectInput
            key={key}
            label={label}
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

/**
 * The organisation's legal profile as a short questionnaire in words: a preset to start from,
 * where it is established and whose data it holds (places picked by name), what it does, then
 * only the questions for the places it is in. Codes are stored, never shown.
 */
import Button from '@atlaskit/button/new';
import { RadioGroup } from '@atlaskit/radio';
import Select from '@atlaskit/select';
import { PROFILE_PRESETS } from '../../../../src/shared/legal-profile-presets';
import { RESIDENCE_LABELS, RESIDENCES, type ResidenceView } from '../../../../src/shared/legal-vocabulary';
import {
  COUNTRY_NAMES,
  EU_COUNTRY_NAMES,
  PROFILE_QUESTIONS,
  PROFILE_REGION_LABELS,
  type ProfileRegion,
  SECTOR_LABELS,
  type SectorView,
} from '../../../../src/shared/organisation-profile-labels';
import type { SettingsDocument } from '../../../../src/shared/resolver-contract';
import { Field } from '../fields';
import type { SectionProps } from '../section-props';

type Profile = SettingsDocument['legal']['profile'];
interface Choice<T extends string = string> {
  value: T;
  label: string;
}

const PLACES: Choice<ResidenceView>[] = RESIDENCES.map((r) => ({ value: r, label: RESIDENCE_LABELS[r] }));
const placeChoices = (values: readonly ResidenceView[]) => values.map((v) => ({ value: v, label: RESIDENCE_LABELS[v] }));
const countryChoices = (codes: readonly string[], names: Record<string, string>) => codes.map((c) => ({ value: c, label: names[c] ?? c }));
const SECTORS: Choice<SectorView>[] = (Object.keys(SECTOR_LABELS) as SectorView[]).map((s) => ({ value: s, label: SECTOR_LABELS[s] }));

const regionOf = (place: ResidenceView): ProfileRegion | null =>
  place === 'EU' ? 'EU' : place.startsWith('US-') ? 'US' : place === 'AU' ? 'AU' : place === 'IN' ? 'IN' : place === 'CH' ? 'CH' : null;
/** An unsure answer to a question that is not asked (its place is not the organisation's) falls to this. */
const NOT_COVERED: Record<string, string> = { nis2: 'none', dora: 'none', hipaa: 'none' };

/** The questionnaire; `update` edits the draft, saved with the page's Save. */
export function LegalProfileQuestionnaire({ draft, update, problem }: Pick<SectionProps, 'draft' | 'update' | 'problem'>) {
  const p = draft.legal.profile;
  const set = (patch: Partial<Profile>) => update((d) => void Object.assign(d.legal.profile, patch));
  const places = new Set([...p.establishedIn, ...p.operatesIn]);
  const regions = new Set([...places].map(regionOf));
  // Not answered where yet: every question is asked.
  const asked = (region: ProfileRegion) => region === 'anywhere' || places.size === 0 || regions.has(region);
  const keys = Object.keys(PROFILE_QUESTIONS);
  const sectorFirst = [...keys].sort((a, b) => Number(isSectors(b, p.sector)) - Number(isSectors(a, p.sector)));
  const shown = sectorFirst.filter((k) => asked(PROFILE_QUESTIONS[k]!.region));
  const hidden = keys.filter((k) => !asked(PROFILE_QUESTIONS[k]!.region));
  const hiddenUnsure = hidden.filter((k) => valueOf(p, k) === 'unsure');
  const setEstablished = (values: ResidenceView[]) =>
    set({
      establishedIn: values,
      euEstablished: values.includes('EU') ? 'yes' : values.length > 0 ? 'no' : 'unsure',
      ...(values.includes('EU') ? {} : { memberStates: [] }),
    });

  return (
    <div data-testid="legal-profile">
      <p className="muted">
        A few questions about the organisation decide which notification laws can apply to its incidents. &quot;Not sure&quot; keeps a law on each incident as
        possible.
      </p>
      <fieldset className="settings-fieldset">
        <legend>Start from a preset</legend>
        <div className="row">
          {PROFILE_PRESETS.map((preset) => (
            <Button key={preset.id} onClick={() => set(structuredClone(preset.profile))} testId={`profile-preset-${preset.id}`}>
              {preset.label}
            </Button>
          ))}
        </div>
        <p className="muted">A preset answers every question; change what differs below, then save.</p>
      </fieldset>

      <PickMany
        label="Where is the organisation established or does it do business?"
        help="Offices, companies, or selling to people there. Leave empty if not sure."
        options={PLACES}
        value={placeChoices(p.establishedIn)}
        onChange={(v) => setEstablished(v as ResidenceView[])}
        problem={problem('legal.profile.establishedIn')}
        testId="profile-establishedIn"
      />
      {p.establishedIn.includes('EU') && (
        <PickMany
          label="In which EU countries?"
          help="Their national rules apply; the first is where DORA reports go."
          options={countryChoices(Object.keys(EU_COUNTRY_NAMES), EU_COUNTRY_NAMES)}
          value={countryChoices(p.memberStates, COUNTRY_NAMES)}
          onChange={(v) => set({ memberStates: v })}
          problem={problem('legal.profile.memberStates')}
          testId="profile-memberStates"
        />
      )}
      <PickMany
        label="Where do the people whose personal data it holds live (customers, staff, users)?"
        help="A breach law of a place not listed is ruled out, unless a responder says affected people live there. Leave empty if not sure."
        options={PLACES}
        value={placeChoices(p.operatesIn)}
        onChange={(v) => set({ operatesIn: v as ResidenceView[] })}
        problem={problem('legal.profile.operatesIn')}
        testId="profile-operatesIn"
      />
      <Field label="What does the organisation do?" help="Its sector's questions come first." problem={problem('legal.profile.sector')}>
        {(id) => (
          <div className="atlaskit-select" style={{ maxWidth: 480 }} data-testid="profile-sector">
            <Select<Choice<SectorView>>
              inputId={id}
              options={SECTORS}
              value={SECTORS.find((s) => s.value === p.sector) ?? null}
              onChange={(v) => set({ sector: v?.value ?? null })}
              isClearable
              placeholder="Choose a sector"
            />
          </div>
        )}
      </Field>

      {shown.map((key) => (
        <Question
          key={key}
          name={key}
          value={valueOf(p, key)}
          problem={problem(`legal.profile.${key}`)}
          onChange={(v) => set({ [key]: v } as Partial<Profile>)}
        />
      ))}
      {p.cardMerchant === 'yes' && (
        <Field label="In which country is the bank that processes its card payments (the acquirer)?" help="Card brands count working days there.">
          {(id) => (
            <div className="atlaskit-select" style={{ maxWidth: 480 }} data-testid="profile-acquirerCountry">
              <Select<Choice>
                inputId={id}
                options={countryChoices(Object.keys(COUNTRY_NAMES), COUNTRY_NAMES)}
                value={p.acquirerCountry ? countryChoices([p.acquirerCountry], COUNTRY_NAMES)[0]! : null}
                onChange={(v) => set({ acquirerCountry: v?.value ?? null })}
                isClearable
                placeholder="Choose a country"
              />
            </div>
          )}
        </Field>
      )}
      {hidden.length > 0 && (
        <p className="muted" data-testid="profile-not-asked">
          Not asked, as the organisation is not in{' '}
          {[...new Set(hidden.map((k) => PROFILE_REGION_LABELS[PROFILE_QUESTIONS[k]!.region].replace(/^In /, '')))].join(', ')}.{' '}
          {hiddenUnsure.length > 0 && (
            <>
              {hiddenUnsure.length === 1 ? 'One of them is' : `${hiddenUnsure.length} of them are`} still &quot;Not sure&quot;, which keeps those laws possible.{' '}
              <Button
                appearance="subtle"
                onClick={() => set(Object.fromEntries(hiddenUnsure.map((k) => [k, NOT_COVERED[k] ?? 'no'])) as Partial<Profile>)}
                testId="profile-not-asked-no"
              >
                Answer No to them
              </Button>
            </>
          )}
        </p>
      )}
    </div>
  );
}

const valueOf = (p: Profile, key: string): string => String((p as unknown as Record<string, unknown>)[key]);
const isSectors = (key: string, sector: SectorView | null) => sector !== null && PROFILE_QUESTIONS[key]!.sectors.includes(sector);

function Question({ name, value, problem, onChange }: { name: string; value: string; problem: string | undefined; onChange: (v: string) => void }) {
  const q = PROFILE_QUESTIONS[name]!;
  return (
    <fieldset className="settings-fieldset" data-testid={`profile-${name}`}>
      <legend>{q.question}</legend>
      <RadioGroup
        name={`profile-${name}`}
        options={q.options.map((o) => ({ ...o, name: `profile-${name}` }))}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      <p className="help">{q.help}</p>
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

function PickMany({
  label,
  help,
  options,
  value,
  onChange,
  problem,
  testId,
}: {
  label: string;
  help: string;
  options: Choice[];
  value: Choice[];
  onChange: (values: string[]) => void;
  problem: string | undefined;
  testId: string;
}) {
  return (
    <Field label={label} help={help} problem={problem}>
      {(id, describedBy) => (
        <div className="atlaskit-select" style={{ maxWidth: 480 }} data-testid={testId}>
          <Select<Choice, true>
            inputId={id}
            aria-describedby={describedBy}
            isMulti
            options={options}
            value={value}
            onChange={(chosen) => onChange(chosen.map((c) => c.value))}
            placeholder="Choose places"
          />
        </div>
      )}
    </Field>
  );
}

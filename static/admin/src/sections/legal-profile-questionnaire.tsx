/**
 * The organisation's legal profile as a short questionnaire in words: a preset to start from,
 * where it is established and whose data it holds (places picked by name), what it does, then
 * only the questions for the places it is in. Codes are stored, never shown.
 */
import Button from '@atlaskit/button/new';
import { RadioGroup } from '@atlaskit/radio';
import Select from '@atlaskit/select';
import { PROFILE_PRESETS } from '../../../../src/shared/legal-profile-presets';
import { RESIDENCES, type ResidenceView } from '../../../../src/shared/legal-vocabulary';
import {
  COUNTRY_NAMES,
  EU_COUNTRY_NAMES,
  PROFILE_QUESTIONS,
  type ProfileRegion,
  SECTORS as SECTOR_CODES,
  type SectorView,
} from '../../../../src/shared/organisation-profile-labels';
import type { SettingsDocument } from '../../../../src/shared/resolver-contract';
import { useT } from '../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../common/i18n/message-key';
import type { Translate } from '../../../common/i18n/translate';
import { Field } from '../fields';
import { countryName, PRESET_WORDS, QUESTION_WORDS, residenceName, SECTOR_WORDS } from '../legal-words';
import type { SectionProps } from '../section-props';

type Profile = SettingsDocument['legal']['profile'];
interface Choice<T extends string = string> {
  value: T;
  label: string;
}

const placeChoices = (values: readonly ResidenceView[], t: Translate, locale: string) => values.map((v) => ({ value: v, label: residenceName(v, t, locale) }));
/** Countries by name, in the reader's alphabetical order. */
const countryChoices = (codes: readonly string[], locale: string) =>
  codes.map((c) => ({ value: c, label: countryName(c, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));

/** What the regions are called in "Not asked, as the organisation is not in …": the unions by key, the countries by Intl. */
const REGION_WORDS: Record<'EU' | 'US', MessageKey> = {
  EU: 'admin.legalProfile.region.EU',
  US: 'admin.legalProfile.region.US',
};
const regionName = (region: Exclude<ProfileRegion, 'anywhere'>, t: Translate, locale: string) =>
  region === 'EU' || region === 'US' ? t(REGION_WORDS[region]) : countryName(region, locale);

const regionOf = (place: ResidenceView): ProfileRegion | null =>
  place === 'EU' ? 'EU' : place.startsWith('US-') ? 'US' : place === 'AU' ? 'AU' : place === 'IN' ? 'IN' : place === 'CH' ? 'CH' : null;
/** An unsure answer to a question that is not asked (its place is not the organisation's) falls to this. */
const NOT_COVERED: Record<string, string> = { nis2: 'none', dora: 'none', hipaa: 'none' };

/** The questionnaire; `update` edits the draft, saved with the page's Save. */
export function LegalProfileQuestionnaire({ draft, update, problem }: Pick<SectionProps, 'draft' | 'update' | 'problem'>) {
  const { t, locale } = useT();
  const PLACES = placeChoices(RESIDENCES, t, locale);
  const SECTORS: Choice<SectorView>[] = SECTOR_CODES.map((s) => ({ value: s, label: t(SECTOR_WORDS[s]) }));
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
      <p className="muted">{t('admin.legalProfile.intro')}</p>
      <fieldset className="settings-fieldset">
        <legend>{t('admin.legalProfile.presetLegend')}</legend>
        <div className="row">
          {PROFILE_PRESETS.map((preset) => (
            <Button key={preset.id} onClick={() => set(structuredClone(preset.profile))} testId={`profile-preset-${preset.id}`}>
              {PRESET_WORDS[preset.id] ? t(PRESET_WORDS[preset.id]!) : preset.label}
            </Button>
          ))}
        </div>
        <p className="muted">{t('admin.legalProfile.presetHelp')}</p>
      </fieldset>

      <PickMany
        label={t('admin.legalProfile.establishedIn.label')}
        help={t('admin.legalProfile.establishedIn.help')}
        options={PLACES}
        placeholder={t('admin.legalProfile.choosePlaces')}
        value={placeChoices(p.establishedIn, t, locale)}
        onChange={(v) => setEstablished(v as ResidenceView[])}
        problem={problem('legal.profile.establishedIn')}
        testId="profile-establishedIn"
      />
      {p.establishedIn.includes('EU') && (
        <PickMany
          label={t('admin.legalProfile.memberStates.label')}
          help={t('admin.legalProfile.memberStates.help')}
          options={countryChoices(Object.keys(EU_COUNTRY_NAMES), locale)}
          placeholder={t('admin.legalProfile.choosePlaces')}
          value={p.memberStates.map((c) => ({ value: c, label: countryName(c, locale) }))}
          onChange={(v) => set({ memberStates: v })}
          problem={problem('legal.profile.memberStates')}
          testId="profile-memberStates"
        />
      )}
      <PickMany
        label={t('admin.legalProfile.operatesIn.label')}
        help={t('admin.legalProfile.operatesIn.help')}
        options={PLACES}
        placeholder={t('admin.legalProfile.choosePlaces')}
        value={placeChoices(p.operatesIn, t, locale)}
        onChange={(v) => set({ operatesIn: v as ResidenceView[] })}
        problem={problem('legal.profile.operatesIn')}
        testId="profile-operatesIn"
      />
      <Field label={t('admin.legalProfile.sector.label')} help={t('admin.legalProfile.sector.help')} problem={problem('legal.profile.sector')}>
        {(id) => (
          <div className="atlaskit-select" style={{ maxWidth: 480 }} data-testid="profile-sector">
            <Select<Choice<SectorView>>
              inputId={id}
              options={SECTORS}
              value={SECTORS.find((s) => s.value === p.sector) ?? null}
              onChange={(v) => set({ sector: v?.value ?? null })}
              isClearable
              placeholder={t('admin.legalProfile.sector.placeholder')}
            />
          </div>
        )}
      </Field>

      {shown.map((key) => (
        <Question
          key={key}
          t={t}
          name={key}
          value={valueOf(p, key)}
          problem={problem(`legal.profile.${key}`)}
          onChange={(v) => set({ [key]: v } as Partial<Profile>)}
        />
      ))}
      {p.cardMerchant === 'yes' && (
        <Field label={t('admin.legalProfile.acquirerCountry.label')} help={t('admin.legalProfile.acquirerCountry.help')}>
          {(id) => (
            <div className="atlaskit-select" style={{ maxWidth: 480 }} data-testid="profile-acquirerCountry">
              <Select<Choice>
                inputId={id}
                options={countryChoices(Object.keys(COUNTRY_NAMES), locale)}
                value={p.acquirerCountry ? { value: p.acquirerCountry, label: countryName(p.acquirerCountry, locale) } : null}
                onChange={(v) => set({ acquirerCountry: v?.value ?? null })}
                isClearable
                placeholder={t('admin.legalProfile.acquirerCountry.placeholder')}
              />
            </div>
          )}
        </Field>
      )}
      {hidden.length > 0 && (
        <p className="muted" data-testid="profile-not-asked">
          {t('admin.legalProfile.notAsked', {
            regions: [...new Set(hidden.map((k) => PROFILE_QUESTIONS[k]!.region))]
              .flatMap((r) => (r === 'anywhere' ? [] : [regionName(r, t, locale)]))
              .join(', '),
          })}{' '}
          {hiddenUnsure.length > 0 && (
            <>
              {t('admin.legalProfile.stillUnsure', { count: hiddenUnsure.length })}{' '}
              <Button
                appearance="subtle"
                onClick={() => set(Object.fromEntries(hiddenUnsure.map((k) => [k, NOT_COVERED[k] ?? 'no'])) as Partial<Profile>)}
                testId="profile-not-asked-no"
              >
                {t('admin.legalProfile.answerNo')}
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

function Question({
  name,
  value,
  problem,
  onChange,
  t,
}: {
  name: string;
  value: string;
  problem: string | undefined;
  onChange: (v: string) => void;
  t: Translate;
}) {
  const q = PROFILE_QUESTIONS[name]!;
  const words = QUESTION_WORDS[name];
  return (
    <fieldset className="settings-fieldset" data-testid={`profile-${name}`}>
      <legend>{words ? t(words.question) : q.question}</legend>
      <RadioGroup
        name={`profile-${name}`}
        options={q.options.map((o) => ({ value: o.value, label: words?.options[o.value] ? t(words.options[o.value]!) : o.label, name: `profile-${name}` }))}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      <p className="help">{words ? t(words.help) : q.help}</p>
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

function PickMany({
  placeholder,
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
  placeholder: string;
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
            placeholder={placeholder}
          />
        </div>
      )}
    </Field>
  );
}

import { APP_LOCALES, type AppLocale } from '../../../../src/shared/app-locales';
import { useT } from '../../../common/i18n/i18n-provider';
import { SelectInput } from '../fields';
import type { SectionProps } from '../section-props';

/** A language in its own words ("Deutsch (Deutschland)"): how a speaker looks for it in a list. */
const ownName = (locale: AppLocale) => new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;

/**
 * The language the app writes in for people whose Jira does not say theirs (a user's locale may be
 * hidden for privacy) or names one the app does not speak.
 */
export function LanguageSection({ draft, update, problem }: SectionProps) {
  const { t } = useT();
  return (
    <SelectInput<AppLocale>
      label={t('admin.language.default.label')}
      value={draft.language.default}
      options={APP_LOCALES.map((value) => ({ value, label: ownName(value) }))}
      help={t('admin.language.default.help')}
      testId="language-default"
      problem={problem('language.default')}
      onChange={(v) => update((d) => void (d.language.default = v))}
    />
  );
}

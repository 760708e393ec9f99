import { view } from '@forge/bridge';
import { Box, Stack, Text } from '@atlaskit/primitives';
import { ErrorMessage as ErrorMessageText } from '@atlaskit/form';
import { RadioGroup } from '@atlaskit/radio';
import Spinner from '@atlaskit/spinner';
import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../../common/i18n/i18n-provider';
import { invokeResolver } from '../../../common/invoke-resolver';
import { PortalError } from './portal-error';
import type { ErrorBody } from '../../../../src/shared/envelope';
import { EMPTY_PORTAL_REPORT, HOW_BAD_ANSWERS, HOW_URGENT_ANSWERS, PERSONAL_DATA_ANSWERS, type PortalReport } from '../../../../src/shared/portal-report';
import { type CategoryView, RESOLVER_KEYS } from '../../../../src/shared/resolver-contract';
import { HOW_BAD_KEYS, HOW_URGENT_KEYS, localizedCategory, PERSONAL_DATA_KEYS } from '../portal-words';

type Options = { status: 'loading' } | { status: 'error'; error: ErrorBody } | { status: 'ready'; categories: CategoryView[] } | { status: 'inactive' };

/**
 * The create-request panel. Two required answers (what happened; could personal data be
 * involved), two optional plain-words ones (how many are affected, how urgent it feels), and
 * never a severity: reporters describe, responders classify. Every change is submitted
 * (view.submit may be called repeatedly); the form is valid once both required answers are given.
 * Every word is in the viewer's language; what is submitted are ids, never words.
 */
export function ReportIntake() {
  const i18n = useT();
  const { t } = i18n;
  const [options, setOptions] = useState<Options>({ status: 'loading' });
  const [report, setReport] = useState<PortalReport>(EMPTY_PORTAL_REPORT);

  const load = useCallback(async () => {
    setOptions({ status: 'loading' });
    const result = await invokeResolver(RESOLVER_KEYS.intakeOptions, {});
    if (!result.ok) return setOptions({ status: 'error', error: result.error });
    setOptions(result.data.active ? { status: 'ready', categories: result.data.categories } : { status: 'inactive' });
  }, []);
  useEffect(() => void load(), [load]);

  useEffect(() => {
    // Another request type (a laptop, a password reset), or a site not set up: no questions, and the form stays valid.
    if (options.status === 'inactive') void view.submit({ fields: [], isValid: true }).catch(() => undefined);
    if (options.status !== 'ready') return;
    const fields = (Object.keys(report) as (keyof PortalReport)[]).map((key) => ({ key, value: report[key] }));
    void view.submit({ fields, isValid: report.category !== null && report.personalData !== null }).catch(() => undefined);
  }, [report, options.status]);

  if (options.status === 'inactive') return null;
  if (options.status === 'loading') return <Spinner label={t('portal.report.loading')} />;
  if (options.status === 'error') return <PortalError error={options.error} onRetry={() => void load()} />;
  const categories = options.categories.map((c) => localizedCategory(c, i18n));
  const chosen = categories.find((c) => c.id === report.category);
  // Once the reporter has answered anything, each required question still open says so where it is.
  const touched = Object.values(report).some((v) => v !== null);
  const missing = (key: 'category' | 'personalData') => touched && report[key] === null;
  const set = (key: keyof PortalReport) => (e: React.ChangeEvent<HTMLInputElement>) => setReport({ ...report, [key]: e.currentTarget.value });

  return (
    <Stack space="space.200">
      <fieldset>
        <legend>
          <Text weight="semibold">{t('portal.report.whatHappened.label')}</Text>
        </legend>
        <RadioGroup
          name="category"
          options={categories.map((c) => ({ name: 'category', value: c.id, label: c.label }))}
          value={report.category}
          onChange={set('category')}
          isRequired
          isInvalid={missing('category')}
        />
        {missing('category') && <RequiredMessage id="category-missing">{t('portal.report.whatHappened.missing')}</RequiredMessage>}
        <Box paddingBlockStart="space.050" aria-live="polite">
          {chosen && (
            <Text color="color.text.subtle">
              {chosen.description}
              {chosen.examples.length > 0 && <> {t('portal.report.examples', { examples: chosen.examples.join('; ') })}</>}
            </Text>
          )}
          {chosen?.advice && (
            <Box paddingBlockStart="space.100" testId="report-advice">
              <Text weight="semibold">{t('portal.report.adviceHeading')} </Text>
              <Text>{chosen.advice}</Text>
            </Box>
          )}
        </Box>
      </fieldset>
      <fieldset>
        <legend>
          <Text weight="semibold">{t('portal.report.personalData.label')}</Text>
        </legend>
        <RadioGroup
          name="personalData"
          options={PERSONAL_DATA_ANSWERS.map((a) => ({ name: 'personalData', value: a.id, label: t(PERSONAL_DATA_KEYS[a.id]) }))}
          value={report.personalData}
          onChange={set('personalData')}
          isRequired
          isInvalid={missing('personalData')}
        />
        {missing('personalData') && <RequiredMessage id="personal-data-missing">{t('portal.report.personalData.missing')}</RequiredMessage>}
      </fieldset>
      <fieldset>
        <legend>
          <Text weight="semibold">{t('portal.report.whoIsAffected.label')}</Text>
        </legend>
        <RadioGroup
          name="howBad"
          options={HOW_BAD_ANSWERS.map((a) => ({ name: 'howBad', value: a.id, label: t(HOW_BAD_KEYS[a.id]) }))}
          value={report.howBad}
          onChange={set('howBad')}
        />
      </fieldset>
      <fieldset>
        <legend>
          <Text weight="semibold">{t('portal.report.howUrgent.label')}</Text>
        </legend>
        <RadioGroup
          name="howUrgent"
          options={HOW_URGENT_ANSWERS.map((a) => ({ name: 'howUrgent', value: a.id, label: t(HOW_URGENT_KEYS[a.id]) }))}
          value={report.howUrgent}
          onChange={set('howUrgent')}
        />
      </fieldset>
      <Text color="color.text.subtle">{t('portal.report.thanks')}</Text>
    </Stack>
  );
}

/** A required question's own message, next to it (Atlaskit's error message, announced when it appears). */
function RequiredMessage({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <Box paddingBlockStart="space.050" id={id} role="alert" testId={id}>
      <ErrorMessageText>{children}</ErrorMessageText>
    </Box>
  );
}

import { view } from '@forge/bridge';
import { Stack, Text } from '@atlaskit/primitives';
import { RadioGroup } from '@atlaskit/radio';
import { useEffect, useState } from 'react';
import { INCIDENT_CATEGORIES } from '../../../../src/shared/vocabulary';
import { PERSONAL_DATA_ANSWERS, type PortalReport } from '../portal-fields';

/**
 * The create-request panel: what happened, and could personal data be involved. Every change is
 * submitted (view.submit may be called repeatedly); the form is valid once both are answered.
 */
export function ReportIntake() {
  const [report, setReport] = useState<PortalReport>({ category: null, personalData: null });
  useEffect(() => {
    const fields = [
      { key: 'category', value: report.category },
      { key: 'personalData', value: report.personalData },
    ];
    void view.submit({ fields, isValid: report.category !== null && report.personalData !== null });
  }, [report]);
  return (
    <Stack space="space.200">
      <fieldset>
        <legend>What happened?</legend>
        <RadioGroup options={INCIDENT_CATEGORIES.map((c) => ({ name: 'category', value: c.id, label: c.label }))} value={report.category} onChange={(e) => setReport({ ...report, category: e.target.value })} />
      </fieldset>
      <fieldset>
        <legend>Could personal or customer data be involved?</legend>
        <RadioGroup options={PERSONAL_DATA_ANSWERS.map((a) => ({ name: 'personalData', value: a.id, label: a.label }))} value={report.personalData} onChange={(e) => setReport({ ...report, personalData: e.target.value })} />
      </fieldset>
      <Text color="color.text.subtle">Thank you for speaking up. Reporting something that turns out to be harmless is never a mistake.</Text>
    </Stack>
  );
}

import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import { INCIDENT_CATEGORIES } from '../../../../src/shared/vocabulary';
import { PERSONAL_DATA_ANSWERS } from '../portal-fields';

/** The request-detail page: what the reporter told us and what happens next. */
export function ReportStatus({ extension }: { extension: Record<string, unknown> }) {
  const request = (extension.request ?? {}) as { key?: string; property?: Record<string, unknown> };
  const property = request.property ?? {};
  const category = INCIDENT_CATEGORIES.find((c) => c.id === property.category)?.label;
  const personal = PERSONAL_DATA_ANSWERS.find((a) => a.id === property.personalData)?.label;
  return (
    <Stack space="space.100">
      <Heading size="small" as="h2">
        Thank you for reporting
      </Heading>
      <Text as="p">A responder will look at {request.key ?? 'your request'} and reply here. You do not need to do anything else for now.</Text>
      {category && <Text as="p">You reported: {category}.</Text>}
      {personal && <Text as="p">Personal or customer data involved: {personal}.</Text>}
    </Stack>
  );
}

import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { type StakeholderUpdateText, updateBody, updateSubject, type UpdateSubjectFacts } from '../../../../../src/shared/stakeholder-update-words';
import { Paragraphs } from '../../../../common/paragraphs';
import { useT } from '../../../../common/i18n/i18n-provider';

const card = xcss({
  borderColor: 'color.border',
  borderStyle: 'solid',
  borderWidth: 'border.width',
  borderRadius: 'radius.medium',
  padding: 'space.150',
  backgroundColor: 'color.background.neutral.subtle',
});

/** Exactly what recipients get by email: the subject and body built by the same words the server sends. */
export function UpdatePreview({ update, subject, timeZone }: { update: StakeholderUpdateText; subject: UpdateSubjectFacts; timeZone: string }) {
  const { t } = useT();
  const ready = update.known.trim() !== '' && update.doing.trim() !== '';
  return (
    <Stack space="space.075" testId="stakeholder-update-preview">
      <Text size="small" color="color.text.subtle">
        {t('panel.stakeholderUpdates.preview.heading')}
      </Text>
      <Box xcss={card}>
        {ready ? (
          <Stack space="space.100">
            <Text weight="semibold">{updateSubject(subject, update.status)}</Text>
            <Paragraphs
              paragraphs={updateBody(update, timeZone)
                .split('\n\n')
                .map((paragraph) => paragraph.split('\n'))}
            />
          </Stack>
        ) : (
          <Text color="color.text.subtlest">{t('panel.stakeholderUpdates.preview.empty')}</Text>
        )}
      </Box>
    </Stack>
  );
}

import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { replyParagraphs } from '../../../../../src/shared/portal-report';
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

/**
 * Exactly what the reporter will read on their request page: the portal shows a public comment as
 * its author's name and the comment's paragraphs, laid out by the same rule the comment is built with.
 */
export function ReplyPreview({ text, from, testId }: { text: string; from: string; testId: string }) {
  const { t } = useT();
  const paragraphs = replyParagraphs(text);
  return (
    <Stack space="space.075" testId={testId}>
      <Text size="small" color="color.text.subtle">
        {t('panel.reporterReply.preview')}
      </Text>
      <Box xcss={card}>
        <Stack space="space.100">
          <Text weight="semibold">{from}</Text>
          {paragraphs.length === 0 ? <Text color="color.text.subtlest">{t('panel.reporterReply.nothingYet')}</Text> : <Paragraphs paragraphs={paragraphs} />}
        </Stack>
      </Box>
    </Stack>
  );
}

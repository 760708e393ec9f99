import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { replyParagraphs } from '../../../../../src/shared/portal-report';
import { Paragraphs } from '../../../../common/paragraphs';

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
  const paragraphs = replyParagraphs(text);
  return (
    <Stack space="space.075" testId={testId}>
      <Text size="small" color="color.text.subtle">
        Preview: what the reporter sees on their request
      </Text>
      <Box xcss={card}>
        <Stack space="space.100">
          <Text weight="semibold">{from}</Text>
          {paragraphs.length === 0 ? <Text color="color.text.subtlest">Nothing to send yet.</Text> : <Paragraphs paragraphs={paragraphs} />}
        </Stack>
      </Box>
    </Stack>
  );
}

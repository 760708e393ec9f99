import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import TextArea from '@atlaskit/textarea';
import { useState } from 'react';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { ReportSectionView } from '../../../../../src/shared/resolver-contract';
import { TEXT_LIMITS } from '../../../../../src/shared/resolver-contract';
import { ErrorMessage } from '../../../../common/error-message';
import { useT } from '../../../../common/i18n/i18n-provider';
import { formatTime } from '../labels';
import { ReportBlocks } from './report-blocks';

interface Props {
  section: ReportSectionView;
  canEdit: boolean;
  names: Record<string, string>;
  timeZone: string;
  /** `expectedRevision`: the section's revision when the writer opened it, so a colleague's newer text is never overwritten. */
  onSave: (sectionId: string, text: string, expectedRevision: number) => Promise<ErrorBody | null>;
}

/** One section of the preview: what people wrote (editable, with its prompt) above the app's facts. */
export function WrittenSection({ section, canEdit, names, timeZone, onSave }: Props) {
  const { t, locale } = useT();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(section.written?.text ?? '');
  const [basedOn, setBasedOn] = useState(section.revision);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorBody | null>(null);
  // Opening the editor starts from the text shown now; the save says so (a refused save keeps the typed text).
  const startEditing = () => {
    setText(section.written?.text ?? '');
    setBasedOn(section.revision);
    setError(null);
    setEditing(true);
  };
  const save = async () => {
    setBusy(true);
    const failed = await onSave(section.id, text, basedOn);
    setBusy(false);
    setError(failed);
    if (!failed) setEditing(false);
  };
  return (
    <Stack space="space.075" testId={`report-section-${section.id}`}>
      <Heading size="xxsmall" as="h5">
        {section.heading}
      </Heading>
      {section.prompt !== null && !editing && (
        <>
          {section.written ? (
            <Text as="p" testId={`report-written-${section.id}`}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{section.written.text}</span>
            </Text>
          ) : (
            <Text color="color.text.subtle" size="small">
              {t('panel.postmortem.section.toBeWritten', { prompt: section.prompt })}
            </Text>
          )}
          {section.written && (
            <Text size="small" color="color.text.subtle">
              {t('panel.postmortem.section.writtenBy', {
                known: names[section.written.by] ? 'yes' : 'no',
                name: names[section.written.by] ?? '',
                when: formatTime(section.written.at, timeZone, locale),
              })}
            </Text>
          )}
          {canEdit && (
            <Inline space="space.100">
              <Button spacing="compact" onClick={startEditing} testId={`report-edit-${section.id}`}>
                {t(section.written ? 'panel.postmortem.section.edit' : 'panel.postmortem.section.write')}
              </Button>
            </Inline>
          )}
        </>
      )}
      {editing && (
        <Stack space="space.075">
          <label htmlFor={`report-text-${section.id}`}>
            <Text size="small">{section.prompt}</Text>
          </label>
          <TextArea
            id={`report-text-${section.id}`}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            maxLength={TEXT_LIMITS.section}
            minimumRows={4}
            // Write opens the editor ready to type: the first keystrokes are not lost.
            autoFocus
            testId={`report-text-${section.id}`}
          />
          {error && <ErrorMessage error={error} />}
          <Inline space="space.100">
            <Button appearance="primary" isLoading={busy} onClick={() => void save()} testId={`report-save-${section.id}`}>
              {t('panel.postmortem.section.save')}
            </Button>
            <Button appearance="subtle" onClick={() => setEditing(false)}>
              {t('panel.postmortem.cancel')}
            </Button>
          </Inline>
        </Stack>
      )}
      <ReportBlocks blocks={section.facts} />
    </Stack>
  );
}

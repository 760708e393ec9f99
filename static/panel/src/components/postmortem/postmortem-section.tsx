import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import Select from '@atlaskit/select';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { useEffect, useState } from 'react';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { IncidentView, PostmortemDutyView, ReportKindView, ReportView } from '../../../../../src/shared/resolver-contract';
import { ErrorMessage } from '../../../../common/error-message';
import { type I18n, useT } from '../../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../../common/i18n/message-key';
import { getReport, publishReport, reportMarkdown, saveReportSection } from '../../api/incident-api';
import { useDisplayNames } from '../../../../common/use-display-names';
import { download } from '../../../../common/download';
import { formatTime } from '../labels';
import { FollowUps } from './follow-ups';
import { SimilarIncidents } from './similar-incidents';
import { WrittenSection } from './written-section';
import { RouterLink } from '../../../../common/router-link';

/** The documents the section can generate, as the picker lists them. */
type KindOption = { value: ReportKindView; label: string };
const KIND_KEYS: Record<ReportKindView, MessageKey> = {
  postmortem: 'panel.postmortem.kind.postmortem',
  'final-report': 'panel.postmortem.kind.finalReport',
  'breach-summary': 'panel.postmortem.kind.breachSummary',
};
const KINDS: ReportKindView[] = ['postmortem', 'final-report', 'breach-summary'];

const pickerStyle = xcss({ minWidth: '16rem' });

const sectionStyle = xcss({
  borderInlineStartColor: 'color.border.discovery',
  borderInlineStartStyle: 'solid',
  borderInlineStartWidth: 'border.width.focused',
  paddingInlineStart: 'space.150',
});

/**
 * Postmortem and reports: generated on request from the incident's data (the whole timeline is
 * read and verified, so it is not part of the panel's first load), previewed here with what
 * people wrote, published to Confluence or as a Jira comment, downloaded as Markdown.
 */
export default function PostmortemSection({ view, timeZone }: { view: IncidentView; timeZone: string }) {
  const { t, locale } = useT();
  const KIND_OPTIONS: KindOption[] = KINDS.map((value) => ({ value, label: t(KIND_KEYS[value]) }));
  const [kind, setKind] = useState<ReportKindView>('postmortem');
  const [report, setReport] = useState<ReportView | null>(null);
  const [busy, setBusy] = useState<null | 'generate' | 'publish' | 'download'>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  // Publishing with sections still to be written asks once, naming them.
  const [confirming, setConfirming] = useState(false);
  const names = useDisplayNames(
    report ? report.document.sections.flatMap((s) => (s.written ? [s.written.by] : [])).concat(report.publication ? [report.publication.publishedBy] : []) : [],
  );

  const run = async <T,>(
    what: 'generate' | 'publish' | 'download',
    call: () => Promise<{ ok: true; data: T } | { ok: false; error: ErrorBody }>,
    then: (data: T) => void,
  ) => {
    setBusy(what);
    const result = await call();
    setBusy(null);
    if (!result.ok) return setError(result.error);
    setError(null);
    then(result.data);
  };
  const generate = (k: ReportKindView) =>
    run(
      'generate',
      () => getReport(k),
      (r: ReportView) => setReport(r),
    );
  // A published postmortem is shown again when the section opens (after a reload too): what people
  // wrote is stored with the incident, so the preview only needs asking for. The browser's storage
  // keeps nothing about the incident (a shared computer keeps no trace of which incidents were read).
  useEffect(() => {
    if (view.postmortem.state === 'published') void generate('postmortem');
    // Once, when the section opens.
  }, []);
  const save = async (sectionId: string, text: string, expectedRevision: number) => {
    const result = await saveReportSection({ kind, sectionId, text, expectedRevision });
    if (!result.ok) return result.error;
    setReport(result.data);
    return null;
  };

  return (
    <Box xcss={sectionStyle} testId="postmortem-section">
      <Stack space="space.150">
        <Inline space="space.100" alignBlock="center">
          <Heading size="xsmall" as="h3">
            {t('panel.postmortem.heading')}
          </Heading>
          <DutyLozenge duty={report?.duty ?? view.postmortem} timeZone={timeZone} />
        </Inline>
        <Inline space="space.100" alignBlock="center">
          <label htmlFor="report-kind">
            <Text size="small">{t('panel.postmortem.document')}</Text>
          </label>
          <Box xcss={pickerStyle}>
            <Select<KindOption>
              inputId="report-kind"
              testId="report-kind"
              spacing="compact"
              options={KIND_OPTIONS}
              value={KIND_OPTIONS.find((o) => o.value === kind)}
              isSearchable={false}
              onChange={(option) => {
                if (!option) return;
                setKind(option.value);
                if (report) void generate(option.value);
              }}
            />
          </Box>
          <Button appearance={report ? 'default' : 'primary'} isLoading={busy === 'generate'} onClick={() => void generate(kind)} testId="report-generate">
            {t(report ? 'panel.postmortem.regenerate' : 'panel.postmortem.generate')}
          </Button>
        </Inline>
        {error && <ErrorMessage error={error} />}
        {!report && <Text color="color.text.subtle">{t('panel.postmortem.explanation')}</Text>}
        {report && (
          <>
            <Stack space="space.050" testId="report-publication">
              {report.publication ? (
                <Text>
                  {t('panel.postmortem.published', {
                    target: report.publication.target === 'confluence' ? 'confluence' : 'comment',
                    version: report.publication.version,
                    when: formatTime(report.publication.publishedAt, timeZone, locale),
                  })}
                  {report.publication.url && (
                    <>
                      {' · '}
                      <RouterLink to={report.publication.url} newTab>
                        {t('panel.postmortem.open')}
                      </RouterLink>
                    </>
                  )}
                </Text>
              ) : (
                <Text color="color.text.subtle">
                  {report.publishTarget.target === 'confluence'
                    ? t('panel.postmortem.notPublished.confluence', { spaceKey: report.publishTarget.spaceKey })
                    : t(report.publishTarget.why === 'restricted' ? 'panel.postmortem.notPublished.restricted' : 'panel.postmortem.notPublished.comment')}
                </Text>
              )}
              {confirming && (
                <Text color="color.text.warning" testId="report-unwritten">
                  {unwrittenSentence(
                    report.document.sections.filter((s) => s.prompt !== null && !s.written).map((s) => s.heading),
                    t,
                  )}
                </Text>
              )}
              <Inline space="space.100">
                {report.canEdit && (
                  <Button
                    appearance="primary"
                    isLoading={busy === 'publish'}
                    onClick={() => {
                      const unwritten = report.document.sections.filter((s) => s.prompt !== null && !s.written);
                      if (unwritten.length > 0 && !confirming) return setConfirming(true);
                      setConfirming(false);
                      void run('publish', () => publishReport(kind), setReport);
                    }}
                    testId="report-publish"
                  >
                    {t(confirming ? 'panel.postmortem.publishAnyway' : report.publication ? 'panel.postmortem.publishAgain' : 'panel.postmortem.publish')}
                  </Button>
                )}
                {confirming && (
                  <Button appearance="subtle" onClick={() => setConfirming(false)} testId="report-keep-writing">
                    {t('panel.postmortem.keepWriting')}
                  </Button>
                )}
                <Button
                  isLoading={busy === 'download'}
                  onClick={() =>
                    void run(
                      'download',
                      () => reportMarkdown(kind),
                      (f) => download(f.filename, f.mediaType, f.content),
                    )
                  }
                  testId="report-download"
                >
                  {t('panel.postmortem.download')}
                </Button>
              </Inline>
            </Stack>
            <Stack space="space.150" testId="report-preview">
              <Heading size="xxsmall" as="h4">
                {report.document.title}
              </Heading>
              <Text size="small" color="color.text.subtle">
                {report.document.purpose}
              </Text>
              {report.document.sections.map((s) => (
                <WrittenSection
                  key={`${kind}:${s.id}:${s.written?.at ?? ''}`}
                  section={s}
                  canEdit={report.canEdit}
                  names={names}
                  timeZone={timeZone}
                  onSave={save}
                />
              ))}
            </Stack>
            <FollowUps followUps={report.followUps} canEdit={report.canEdit} onChange={(followUps) => setReport({ ...report, followUps })} />
          </>
        )}
        {view.incident.category && <SimilarIncidents timeZone={timeZone} />}
      </Stack>
    </Box>
  );
}

/** Where the postmortem duty stands; a due time beside the lozenge (a lozenge cuts long text), in the viewer's zone. */
function DutyLozenge({ duty, timeZone }: { duty: PostmortemDutyView; timeZone: string }) {
  const { t, locale } = useT();
  if (duty.state === 'published')
    return (
      <Lozenge appearance="success" maxWidth="100%">
        {t('panel.postmortem.duty.published')}
      </Lozenge>
    );
  if (duty.state === 'pending')
    return (
      <Lozenge appearance="default" maxWidth="100%">
        {t('panel.postmortem.duty.pending')}
      </Lozenge>
    );
  if (duty.state === 'due')
    return (
      <>
        <Lozenge appearance={duty.overdue ? 'removed' : 'moved'} maxWidth="100%">
          {t(duty.overdue ? 'panel.postmortem.duty.overdue' : 'panel.postmortem.duty.due')}
        </Lozenge>
        {duty.dueAt && (
          <Text size="small" color="color.text.subtle" testId="postmortem-due">
            {t(duty.overdue ? 'panel.postmortem.duty.wasDue' : 'panel.postmortem.duty.dueBy', { when: formatTime(duty.dueAt, timeZone, locale) })}
          </Text>
        )}
      </>
    );
  return null;
}

/** "2 sections are still to be written: Timeline, Lessons learned. They are published with their prompts." */
function unwrittenSentence(headings: string[], t: I18n['t']): string {
  return t('panel.postmortem.unwritten', { count: headings.length, headings: headings.join(', ') });
}

import type { RotaPreviewView } from '../../../../src/shared/settings-contract';
import { type I18n, useT } from '../../../common/i18n/i18n-provider';
import { useDisplayNames } from '../../../common/use-display-names';

/** "Riley Responder (primary) and Ana Novak (secondary)", or who is missing, in words. */
function pair(t: I18n['t'], names: Record<string, string>, p: { primary: string | null; secondary: string | null }): string {
  const name = (id: string | null) => (id ? (names[id] ?? t('admin.rota.preview.someone')) : null);
  const primary = name(p.primary);
  const secondary = name(p.secondary);
  const who = primary && secondary ? 'both' : primary ? 'primary' : secondary ? 'secondary' : 'nobody';
  return t('admin.rota.preview.pair', { who, primary: primary ?? '', secondary: secondary ?? '' });
}

/**
 * An instant in words in the rota's zone and the viewer's language, e.g. "Monday 14 December, 09:00"
 * (the weekday and month named by Intl, their order and punctuation by the locale's message).
 */
function inWords({ t, locale }: Pick<I18n, 't' | 'locale'>, iso: string, zone: string): string {
  const at = Date.parse(iso);
  const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long' }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const time = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return t('admin.rota.preview.when', { weekday: part('weekday'), day: part('day'), month: part('month'), time });
}

/** The zone as people name it, e.g. "Berlin time (Europe/Berlin)"; a zone without a city (UTC) by its name. */
export function useZoneInWords(): (zone: string) => string {
  const { t } = useT();
  return (zone) =>
    zone.includes('/') ? t('admin.rota.zoneInWords', { city: zone.split('/').at(-1)!.replace(/_/g, ' '), zone: zone.replace(/_/g, ' ') }) : zone;
}

/** Who is on call now and at the next hand-offs, as of the page's load, in names and the rota's local times. */
export function RotaPreview({ preview, zone, testId }: { preview: RotaPreviewView; zone: string; testId: string }) {
  const i18n = useT();
  const { t } = i18n;
  const zoneInWords = useZoneInWords();
  const names = useDisplayNames(
    [preview.primary, preview.secondary, ...preview.next.flatMap((n) => [n.primary, n.secondary])].filter((id): id is string => id !== null),
  );
  const reasons = Object.entries(preview.overrideReasons).map(([role, reason]) =>
    t('admin.rota.preview.overrideReason', { role, reason: reason ?? '', hasReason: reason ? 'yes' : 'no' }),
  );
  const until = inWords(i18n, preview.until, zone);
  return (
    <div className="settings-fieldset" data-testid={testId}>
      <p data-testid={`${testId}-now`}>
        {preview.notStarted ? (
          t('admin.rota.preview.notStarted', { until })
        ) : (
          <>
            {t('admin.rota.preview.now', { people: pair(t, names, preview), until })}
            {reasons.length > 0 && <> {t('admin.rota.preview.overrideInForce', { reasons: reasons.join('; ') })}</>}
          </>
        )}
      </p>
      <p className="muted">{t('admin.rota.preview.nextHeading', { zone: zoneInWords(zone) })}</p>
      <ul data-testid={`${testId}-next`}>
        {preview.next.map((n) => (
          <li key={n.at}>
            {inWords(i18n, n.at, zone)}: {pair(t, names, n)}
          </li>
        ))}
      </ul>
      <p className="muted">{t('admin.rota.preview.turnOrder')}</p>
    </div>
  );
}

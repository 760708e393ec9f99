import type { RotaPreviewView } from '../../../../src/shared/settings-contract';
import { useDisplayNames } from '../../../common/use-display-names';
import { inWords, zoneInWords } from '../zone-time';

/** "Riley Responder (primary) and Ana Novak (secondary)", or who is missing, in words. */
function pair(names: Record<string, string>, p: { primary: string | null; secondary: string | null }): string {
  const name = (id: string | null) => (id ? (names[id] ?? 'someone') : null);
  const primary = name(p.primary);
  const secondary = name(p.secondary);
  if (!primary && !secondary) return 'nobody';
  if (!secondary) return `${primary} (primary), no secondary`;
  return primary ? `${primary} (primary) and ${secondary} (secondary)` : `nobody as primary, ${secondary} (secondary)`;
}

/** Who is on call now and at the next hand-offs, as of the page's load, in names and the rota's local times. */
export function RotaPreview({ preview, zone, testId }: { preview: RotaPreviewView; zone: string; testId: string }) {
  const names = useDisplayNames(
    [preview.primary, preview.secondary, ...preview.next.flatMap((n) => [n.primary, n.secondary])].filter((id): id is string => id !== null),
  );
  const reasons = Object.entries(preview.overrideReasons).map(([role, reason]) => `${role}: ${reason || 'an override'}`);
  return (
    <div className="settings-fieldset" data-testid={testId}>
      <p data-testid={`${testId}-now`}>
        {preview.notStarted ? (
          <>The first shift has not begun: nobody is on call until {inWords(preview.until, zone)}.</>
        ) : (
          <>
            On call now: {pair(names, preview)}, until {inWords(preview.until, zone)}.{reasons.length > 0 && <> Override in force ({reasons.join('; ')}).</>}
          </>
        )}
      </p>
      <p className="muted">Next hand-offs, {zoneInWords(zone)}:</p>
      <ul data-testid={`${testId}-next`}>
        {preview.next.map((n) => (
          <li key={n.at}>
            {inWords(n.at, zone)}: {pair(names, n)}
          </li>
        ))}
      </ul>
      <p className="muted">The hand-offs follow the turn order; overrides apply on top of them.</p>
    </div>
  );
}

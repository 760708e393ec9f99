/**
 * Working durations in words, the same in the panel and in escalation comments.
 * @example formatDuration(4_500_000) // '1 h 15 min'
 * @example formatDuration(3 * 86_400_000) // '3 d'
 */
export function formatDuration(ms: number): string {
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const parts = [days > 0 ? `${days} d` : '', hours > 0 ? `${hours} h` : '', minutes > 0 && days === 0 ? `${minutes} min` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : 'less than a minute';
}

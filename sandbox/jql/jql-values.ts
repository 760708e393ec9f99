/**
 * JQL literal values: dates (absolute "yyyy-MM-dd [HH:mm]" or "yyyy/MM/dd", relative "-30d",
 * "4w 2d") and the functions the site supports. Formats follow
 * https://support.atlassian.com/jira-software-cloud/docs/jql-fields/#Created
 */
import { JqlError } from './jql-error';

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

export function parseJqlDate(text: string, now: number): number {
  const t = text.trim();
  const relative = /^([-+]?)((?:\d+[wdhm]\s*)+)$/.exec(t);
  if (relative) {
    const sign = relative[1] === '-' ? -1 : 1;
    let total = 0;
    for (const part of relative[2]!.matchAll(/(\d+)([wdhm])/g)) total += Number(part[1]) * UNIT_MS[part[2]!]!;
    return now + sign * total;
  }
  const absolute = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:\s+(\d{2}):(\d{2}))?$/.exec(t);
  if (absolute) {
    const [, y, mo, d, h = '00', mi = '00'] = absolute;
    // The site's default user time zone is UTC, so absolute dates are read as UTC.
    return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  }
  const iso = Date.parse(t);
  if (!Number.isNaN(iso) && /^\d{4}-\d{2}-\d{2}T/.test(t)) return iso;
  throw new JqlError(
    `Date value '${text}' for field is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  );
}

export interface FunctionContext {
  now: number;
  accountId: string;
}

const KNOWN_FUNCTIONS = ['now', 'currentuser', 'startofday', 'endofday', 'startofmonth'];

/** Evaluates a JQL function to a value; unknown functions fail with Jira's message. */
export function evaluateJqlFunction(name: string, args: string[], ctx: FunctionContext): string | number {
  const fn = name.toLowerCase();
  if (!KNOWN_FUNCTIONS.includes(fn)) throw new JqlError(`Unable to find JQL function '${name}(${args.join(', ')})'.`);
  const day = 86_400_000;
  const offset = args[0] ? parseOffset(args[0]) : 0;
  switch (fn) {
    case 'now':
      return ctx.now;
    case 'currentuser':
      return ctx.accountId;
    case 'startofday':
      return Math.floor(ctx.now / day) * day + offset;
    case 'endofday':
      return Math.floor(ctx.now / day) * day + day - 1 + offset;
    case 'startofmonth': {
      const d = new Date(ctx.now);
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) + offset;
    }
    default:
      throw new JqlError(`Unable to find JQL function '${name}(${args.join(', ')})'.`);
  }
}

function parseOffset(text: string): number {
  const m = /^([-+]?)(\d+)([wdhm])$/.exec(text.trim());
  if (!m) throw new JqlError(`The value '${text}' is not a valid offset.`);
  return (m[1] === '-' ? -1 : 1) * Number(m[2]) * UNIT_MS[m[3]!]!;
}

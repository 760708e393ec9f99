/**
 * The pseudo-locale the browser tests read every screen in: en-US's messages with each letter
 * accented, in brackets and about 40 % longer, so a word the UI did not take from the locale files
 * stands out (it is plain English) and a box too narrow for a longer language clips or spills.
 * ICU syntax is left intact: `{name}`, plurals, selects, `#`, tags and quoted text are copied as
 * they are and only their literal text is changed (test/i18n/pseudo-locale.test.ts parses every
 * message with intl-messageformat's parser and compares its arguments with en-US's).
 *
 * Forge's supported locales have no pseudo-locale, so it is not in manifest.yml's translations and
 * never ships: the local site's CDN serves it beside each resource's built `__LOCALES__`
 * (cdn-routes.ts), made from that resource's en-US file, and lists it in the served i18n-info.json,
 * which is all @forge/bridge's `i18n.getTranslations` looks at. Its code `en-XA` is the pseudo-locale
 * code Android and Chromium use; @forge/i18n's ensureLocale does not know it and so leaves it as the
 * view context gives it. The test person who reads it has the Jira locale `en_XA` (directory.ts).
 */

/** The pseudo-locale as Forge's view context carries it. */
export const PSEUDO_LOCALE = 'en-XA';
/** The same, as Jira's REST API writes a user's locale. */
export const PSEUDO_JIRA_LOCALE = 'en_XA';
/** How much longer than en-US a pseudo message reads, brackets and filler included. */
export const PSEUDO_EXPANSION = 0.4;

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ';
const ACCENT = new Map([...PLAIN].map((c, i) => [c, [...ACCENTED][i]!]));
/** Filler words that make a message longer, accented too. */
const FILLER = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua ';

/** A text's letters accented, one for one (digits, spaces and punctuation as they are). */
export const accented = (text: string): string => [...text].map((c) => ACCENT.get(c) ?? c).join('');

/** Filler of `n` characters, ending in a letter. */
const filler = (n: number): string => accented(FILLER.repeat(Math.ceil(n / FILLER.length) + 1).slice(0, n)).replace(/ $/, 'ẋ');

interface Walked {
  out: string;
  /** Characters a reader sees from the literal text (a plural's or select's longest option counted). */
  visible: number;
  end: number;
}

/** Reads a quoted stretch ('{' ... ') from `i` (at the opening apostrophe) and returns where it ends. */
function quotedEnd(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length) {
    if (s[j] === "'") {
      if (s[j + 1] === "'") j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}

/** The index just past the `}` that closes the brace at `open`, counting nested braces and quotes. */
function closingBrace(s: string, open: number): number {
  let depth = 0;
  for (let j = open; j < s.length; j++) {
    if (s[j] === "'" && /[{}#<>']/.test(s[j + 1] ?? '')) {
      j = s[j + 1] === "'" ? j + 1 : quotedEnd(s, j) - 1;
      continue;
    }
    if (s[j] === '{') depth++;
    else if (s[j] === '}' && --depth === 0) return j + 1;
  }
  throw new Error(`Unclosed brace in message: ${s}`);
}

/** One message (or a plural's or select's option) from `i` up to an unmatched `}` or the end. */
function walk(s: string, i: number, inPlural: boolean): Walked {
  let out = '';
  let visible = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '}') break;
    if (c === "'") {
      const next = s[i + 1];
      if (next === "'") {
        out += "''";
        visible++;
        i += 2;
      } else if (next !== undefined && (/[{}<>]/.test(next) || (next === '#' && inPlural))) {
        const end = quotedEnd(s, i);
        out += s.slice(i, end);
        visible += end - i - 2;
        i = end;
      } else {
        out += c;
        visible++;
        i++;
      }
    } else if (c === '#' && inPlural) {
      out += c;
      visible++;
      i++;
    } else if (c === '<' && /[a-zA-Z/]/.test(s[i + 1] ?? '')) {
      const end = s.indexOf('>', i);
      out += s.slice(i, end + 1);
      i = end + 1;
    } else if (c === '{') {
      const argument = walkArgument(s, i, inPlural);
      out += argument.out;
      visible += argument.visible;
      i = argument.end;
    } else {
      out += ACCENT.get(c) ?? c;
      visible++;
      i++;
    }
  }
  return { out, visible, end: i };
}

/** An argument from its `{`: simple ones and formatted ones copied, a plural's or select's options walked. */
function walkArgument(s: string, open: number, inPlural: boolean): Walked {
  const header = /^\{\s*([^\s,{}]+)\s*,\s*(plural|selectordinal|select)\s*,/.exec(s.slice(open));
  if (!header) {
    const end = closingBrace(s, open);
    return { out: s.slice(open, end), visible: 0, end };
  }
  let out = header[0];
  let i = open + header[0].length;
  let longest = 0;
  const plural = header[2] !== 'select';
  for (;;) {
    const selector = /^\s*(offset:\s*\d+\s*)?([^\s{}]+)\s*\{/.exec(s.slice(i));
    if (!selector) break;
    out += selector[0];
    const option = walk(s, i + selector[0].length, plural || inPlural);
    out += option.out + '}';
    longest = Math.max(longest, option.visible);
    i = option.end + 1;
  }
  const close = /^\s*\}/.exec(s.slice(i));
  if (!close) throw new Error(`Unreadable plural or select in message: ${s}`);
  return { out: out + close[0], visible: longest, end: i + close[0].length };
}

/**
 * One message in the pseudo-locale.
 * @example pseudoMessage('Save') // '[Šávé]'
 * @example pseudoMessage('{count, plural, one {# hour} other {# hours}} left') // '[{count, plural, one {# ĥöûŕ} other {# ĥöûŕš}} ļéƒţ ļöŕéẋ]'
 */
export function pseudoMessage(message: string): string {
  if (message === '') return message;
  const { out, visible, end } = walk(message, 0, false);
  if (end !== message.length) throw new Error(`Unmatched } in message: ${message}`);
  // The brackets count towards the length; what more is needed comes as filler words.
  const more = Math.ceil(visible * (1 + PSEUDO_EXPANSION)) - visible - 2 - 1;
  return `[${out}${more > 0 ? ` ${filler(more)}` : ''}]`;
}

export type Messages = { [key: string]: string | Messages };

/** A locale file's messages (nested as Forge serves them), each in the pseudo-locale. */
export function pseudoMessages(messages: Messages): Messages {
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, typeof value === 'string' ? pseudoMessage(value) : pseudoMessages(value)]));
}

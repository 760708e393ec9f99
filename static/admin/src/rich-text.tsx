/**
 * A message with parts set apart in the page (a button's name in bold): the whole sentence is one
 * message, so a language may put the parts where its word order wants them.
 */
import { Fragment, type ReactNode } from 'react';
import type { MessageKey } from '../../common/i18n/message-key';
import type { MessageValues, Translate } from '../../common/i18n/translate';

const MARK = '\u2063';

/**
 * `t(key, values)` with each of `parts` (a placeholder's name -> what to show) put in as an element.
 * @example richText(t, 'admin.scope.on.showPanel', {}, { panel: <strong>…</strong> })
 */
export function richText(t: Translate, key: MessageKey, values: MessageValues, parts: Record<string, ReactNode>): ReactNode {
  const marked = t(key, { ...values, ...Object.fromEntries(Object.keys(parts).map((name) => [name, `${MARK}${name}${MARK}`])) });
  return marked.split(MARK).map((piece, i) => <Fragment key={i}>{i % 2 === 1 && piece in parts ? parts[piece] : piece}</Fragment>);
}

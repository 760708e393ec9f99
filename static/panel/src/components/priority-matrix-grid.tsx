import { token } from '@atlaskit/tokens';
import type { CSSProperties } from 'react';
import { useT } from '../../../common/i18n/i18n-provider';
import { localizedMatrix } from './matrix-words';
import { cellFor, type PriorityMatrix } from '../../../../src/shared/priority-matrix';

const cellStyle: CSSProperties = { padding: `${token('space.050')} ${token('space.100')}`, border: `1px solid ${token('color.border')}`, textAlign: 'center' };
const chosenStyle: CSSProperties = {
  ...cellStyle,
  backgroundColor: token('color.background.selected'),
  border: `2px solid ${token('color.border.selected')}`,
  color: token('color.text.selected'),
  fontWeight: 600,
};
// Not 'all: unset': the browser's focus ring must stay for keyboard users.
const buttonReset: CSSProperties = {
  background: 'none',
  border: 'none',
  padding: 0,
  font: 'inherit',
  color: 'inherit',
  cursor: 'pointer',
  display: 'block',
  width: '100%',
};

interface Props {
  matrix: PriorityMatrix;
  impact: string | null;
  urgency: string | null;
  /** When given, each cell is a button that picks its impact and urgency. */
  onPick?: (impact: string, urgency: string) => void;
}

/**
 * The impact x urgency grid with the chosen cell highlighted: highest impact on top, urgency
 * rising to the right, each cell naming its level (and score, where the scheme has one).
 */
export function PriorityMatrixGrid({ matrix: source, impact, urgency, onPick }: Props) {
  const i18n = useT();
  const { t } = i18n;
  const matrix = localizedMatrix(source, i18n);
  const rows = [...matrix.impact].reverse();
  return (
    <table style={{ borderCollapse: 'collapse' }} data-testid="priority-matrix">
      <caption style={{ textAlign: 'start', font: token('font.body.small'), color: token('color.text.subtle'), paddingBlockEnd: token('space.050') }}>
        {t('panel.matrix.caption', { name: matrix.name })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('panel.matrix.corner')}</th>
          {matrix.urgency.map((u) => (
            <th scope="col" key={u.id}>
              {u.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((i) => (
          <tr key={i.id}>
            <th scope="row">{i.label}</th>
            {matrix.urgency.map((u) => {
              const cell = cellFor(matrix, i.id, u.id);
              const chosen = i.id === impact && u.id === urgency;
              const level = matrix.levels.find((l) => l.id === cell?.level)?.label ?? '?';
              const text = cell?.score != null ? `${level} (${cell.score})` : level;
              return (
                <td
                  key={u.id}
                  style={chosen ? chosenStyle : cellStyle}
                  aria-current={chosen ? 'true' : undefined}
                  data-testid={chosen ? 'matrix-chosen-cell' : undefined}
                >
                  {onPick ? (
                    <button
                      type="button"
                      style={buttonReset}
                      aria-pressed={chosen}
                      aria-label={t('panel.matrix.cellLabel', { impact: i.label, urgency: u.label, cell: text })}
                      onClick={() => onPick(i.id, u.id)}
                    >
                      {text}
                    </button>
                  ) : (
                    text
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

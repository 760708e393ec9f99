import { Box, Text, xcss } from '@atlaskit/primitives';
import type { InlineView, ReportBlockView } from '../../../../../src/shared/resolver-contract';
import { RouterLink } from '../../../../common/router-link';

const noteStyle = xcss({ backgroundColor: 'color.background.information', padding: 'space.100', borderRadius: 'radius.small' });
const tableStyle = { borderCollapse: 'collapse', width: '100%', fontSize: '12px' } as const;
const cellStyle = { border: '1px solid var(--ds-border, #dfe1e6)', padding: '4px 6px', textAlign: 'start', verticalAlign: 'top' } as const;

/** Runs of text as React text (escaped by React); links only where the app set them. */
function Runs({ runs }: { runs: InlineView[] }) {
  return (
    <>
      {runs.map((r, i) =>
        r.href ? (
          <RouterLink key={i} to={r.href} newTab>
            {r.text}
          </RouterLink>
        ) : r.strong ? (
          <strong key={i}>{r.text}</strong>
        ) : (
          <span key={i}>{r.text}</span>
        ),
      )}
    </>
  );
}

/** The preview of the facts the app writes into a section: the same blocks the ADF and Markdown come from. */
export function ReportBlocks({ blocks }: { blocks: ReportBlockView[] }) {
  return (
    <>
      {blocks.map((b, i) => {
        switch (b.type) {
          case 'paragraph':
            return (
              <Text key={i} as="p">
                <Runs runs={b.inlines} />
              </Text>
            );
          case 'note':
            return (
              <Box key={i} xcss={noteStyle}>
                <Text size="small">{b.text}</Text>
              </Box>
            );
          case 'bullets':
            return (
              <ul key={i} style={{ margin: 0, paddingInlineStart: 20 }}>
                {b.items.map((item, j) => (
                  <li key={j}>
                    <Runs runs={item} />
                  </li>
                ))}
              </ul>
            );
          case 'table':
            return (
              <div key={i} style={{ overflowX: 'auto' }}>
                <table style={tableStyle}>
                  <thead>
                    <tr>
                      {b.header.map((h) => (
                        <th key={h} scope="col" style={cellStyle}>
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {b.rows.map((row, j) => (
                      <tr key={j}>
                        {row.map((cell, k) => (
                          <td key={k} style={cellStyle}>
                            <Runs runs={cell} />
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
        }
      })}
    </>
  );
}

import { Text } from '@atlaskit/primitives';

/** Text as paragraphs of lines, as Jira shows a comment or a notification's body: what a preview must match. */
export function Paragraphs({ paragraphs }: { paragraphs: readonly (readonly string[])[] }) {
  return (
    <>
      {paragraphs.map((lines, i) => (
        <Text key={i} as="p">
          {lines.map((line, j) => (
            <span key={j}>
              {j > 0 && <br />}
              {line}
            </span>
          ))}
        </Text>
      ))}
    </>
  );
}

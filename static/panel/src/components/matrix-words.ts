/**
 * The priority matrix in the viewer's language where the admin kept a preset's own words
 * (src/domain/priority/matrix-presets.ts): each name, label, description and help text that reads
 * exactly as a preset's source-locale (en-US) text is translated; the admin's own words are shown
 * as written, since nobody has translated them. Written out key by key (the unused-key check).
 */
import type { I18n } from '../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../common/i18n/message-key';
import type { PriorityMatrix } from '../../../../src/shared/priority-matrix';

/** The three-level presets' axis labels ("Low", "Medium", "High"), per axis: some languages agree them with the axis's noun. */
const AXIS_LABEL_KEYS: Record<'impact' | 'urgency', MessageKey[]> = {
  impact: ['panel.matrix.preset.impactLevel.low', 'panel.matrix.preset.impactLevel.medium', 'panel.matrix.preset.impactLevel.high'],
  urgency: ['panel.matrix.preset.urgencyLevel.low', 'panel.matrix.preset.urgencyLevel.medium', 'panel.matrix.preset.urgencyLevel.high'],
};

const PRESET_KEYS: MessageKey[] = [
  'panel.matrix.preset.impact.low',
  'panel.matrix.preset.impact.medium',
  'panel.matrix.preset.impact.high',
  'panel.matrix.preset.urgency.low',
  'panel.matrix.preset.urgency.medium',
  'panel.matrix.preset.urgency.high',
  'panel.matrix.preset.iso.critical',
  'panel.matrix.preset.iso.serious',
  'panel.matrix.preset.iso.mild',
  'panel.matrix.preset.iso.criticalDescription',
  'panel.matrix.preset.iso.seriousDescription',
  'panel.matrix.preset.iso.mildDescription',
  'panel.matrix.preset.iso.name',
  'panel.matrix.preset.iso.help',
  'panel.matrix.preset.itil.name',
  'panel.matrix.preset.itil.help',
  'panel.matrix.preset.p.p1',
  'panel.matrix.preset.p.p2',
  'panel.matrix.preset.p.p3',
  'panel.matrix.preset.p.p4',
  'panel.matrix.preset.p.p5',
  'panel.matrix.preset.five.name',
  'panel.matrix.preset.five.help',
  'panel.matrix.preset.five.impact1',
  'panel.matrix.preset.five.impact2',
  'panel.matrix.preset.five.impact3',
  'panel.matrix.preset.five.impact4',
  'panel.matrix.preset.five.impact5',
  'panel.matrix.preset.five.impact1Description',
  'panel.matrix.preset.five.impact2Description',
  'panel.matrix.preset.five.impact3Description',
  'panel.matrix.preset.five.impact4Description',
  'panel.matrix.preset.five.impact5Description',
  'panel.matrix.preset.five.urgency1',
  'panel.matrix.preset.five.urgency2',
  'panel.matrix.preset.five.urgency3',
  'panel.matrix.preset.five.urgency4',
  'panel.matrix.preset.five.urgency5',
  'panel.matrix.preset.five.urgency1Description',
  'panel.matrix.preset.five.urgency2Description',
  'panel.matrix.preset.five.urgency3Description',
  'panel.matrix.preset.five.urgency4Description',
  'panel.matrix.preset.five.urgency5Description',
];

type Words = Pick<I18n, 't' | 'source'>;

const byText = new WeakMap<Words['source'], Map<string, MessageKey>>();

/**
 * A preset's text in the viewer's words; anything else as written.
 * @example presetText('Serious', { t, source }) // 'Grave' for a Spanish reader
 */
export function presetText(text: string, { t, source }: Words, axis?: 'impact' | 'urgency'): string {
  const axisKey = axis ? AXIS_LABEL_KEYS[axis].find((k) => source(k) === text) : undefined;
  if (axisKey) return t(axisKey);
  let keys = byText.get(source);
  if (!keys) {
    keys = new Map(PRESET_KEYS.flatMap((k) => (source(k) === null ? [] : [[source(k)!, k] as const])));
    byText.set(source, keys);
  }
  const key = keys.get(text);
  return key ? t(key) : text;
}

/** The matrix with every preset text in the viewer's words (ids and cells unchanged). */
export function localizedMatrix<M extends Pick<PriorityMatrix, 'name' | 'help' | 'impact' | 'urgency' | 'levels'>>(matrix: M, words: Words): M {
  const level =
    (axis?: 'impact' | 'urgency') =>
    <L extends { label: string; description: string }>(l: L): L => ({
      ...l,
      label: presetText(l.label, words, axis),
      description: presetText(l.description, words),
    });
  return {
    ...matrix,
    name: presetText(matrix.name, words),
    help: presetText(matrix.help, words),
    impact: matrix.impact.map(level('impact')),
    urgency: matrix.urgency.map(level('urgency')),
    levels: matrix.levels.map(level()),
  };
}

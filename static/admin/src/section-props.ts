import type { SettingsDocument, SettingsView } from '../../../src/shared/resolver-contract';
import type { Update } from './use-settings';

export interface SectionProps {
  draft: SettingsDocument;
  view: SettingsView;
  update: Update;
  /** The last save's problem at exactly this path, if any. */
  problem: (path: string) => string | undefined;
  /** Whether the draft has unsaved changes (quick actions wait until they are saved or discarded). */
  dirty: boolean;
  /** Saves a document at once (quick actions such as "mark reviewed now"). */
  saveNow: (doc: SettingsDocument) => Promise<void>;
}

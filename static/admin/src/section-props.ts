import type { SettingsDocument, SettingsView } from '../../../src/shared/resolver-contract';
import type { Update } from './use-settings';

export interface SectionProps {
  draft: SettingsDocument;
  view: SettingsView;
  update: Update;
  /** The last save's problem at exactly this path, if any. */
  problem: (path: string) => string | undefined;
  /** Saves a document at once (quick actions such as "mark reviewed now"). */
  saveNow: (doc: SettingsDocument) => Promise<void>;
}

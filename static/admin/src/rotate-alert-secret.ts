/**
 * "Generate secret" / "Rotate secret". The resolver's key is not among the shared RESOLVER_KEYS yet
 * (see settings-contract.ts), so this one call has its own typed wrapper around the bridge, with the
 * same envelope and the same words for a platform refusal as every other call.
 */
import { invoke } from '@forge/bridge';
import type { Envelope } from '../../../src/shared/envelope';
import { ALERT_SECRET_ROTATE_KEY, type AlertSecretRotateInput, type AlertSecretView } from '../../../src/shared/settings-contract';
import { platformRefusal } from '../../common/invoke-resolver';

export async function rotateAlertSecret(input: AlertSecretRotateInput): Promise<Envelope<AlertSecretView>> {
  try {
    return (await invoke(ALERT_SECRET_ROTATE_KEY, { ...input })) as Envelope<AlertSecretView>;
  } catch (e) {
    return platformRefusal(e instanceof Error ? e.message : String(e));
  }
}

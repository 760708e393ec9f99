import { randomBytes } from 'node:crypto';
import { kvs } from './kvs-client';
import { storageKeys } from './storage-keys';

/**
 * Alert sources' bearer secrets in Forge's secret storage (kvs.setSecret: encrypted at rest, never
 * returned by queries; https://developer.atlassian.com/platform/forge/storage-reference/kvs-api-secret/).
 * The app generates each one, shows it to the admin once, and can only replace it afterwards.
 */
export const alertSecrets = {
  /** A new secret for the source, replacing any old one at once (the old stops working). Returned once. */
  async rotate(sourceId: string): Promise<string> {
    const secret = randomBytes(32).toString('base64url');
    await kvs.setSecret(storageKeys.alertSecret(sourceId), secret);
    return secret;
  },
  async get(sourceId: string): Promise<string | null> {
    const stored = await kvs.getSecret<string>(storageKeys.alertSecret(sourceId));
    return typeof stored === 'string' && stored.length > 0 ? stored : null;
  },
  async remove(sourceId: string): Promise<void> {
    await kvs.deleteSecret(storageKeys.alertSecret(sourceId));
  },
};

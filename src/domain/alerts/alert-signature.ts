/**
 * Who may post alerts. Forge web triggers are unauthenticated unless the app checks, so every
 * request carries the source's secret: as a Bearer token (Alertmanager's `http_config.authorization`,
 * Grafana's authorization scheme and credentials) or, for Grafana, as an HMAC signature.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export type SignatureCheck = 'ok' | 'missing' | 'mismatch';

/**
 * Equal texts, in time that does not depend on where they differ. Both sides are hashed first so
 * that timingSafeEqual compares equal lengths and the secret's length does not leak either.
 */
function constantTimeEqual(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * The `Authorization: Bearer <secret>` header checked against the source's secret.
 * The scheme is case-insensitive (RFC 9110, section 11.1); the token is not.
 * @example checkBearer('Bearer local-alert-token', 'local-alert-token') // 'ok'
 */
export function checkBearer(authorization: string | undefined, secret: string): SignatureCheck {
  const match = /^\s*bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1]) return 'missing';
  return constantTimeEqual(match[1], secret) ? 'ok' : 'mismatch';
}

export interface GrafanaSignedRequest {
  /** The raw body, exactly as received: the signature covers its bytes. */
  body: string;
  /** The signature header's value (X-Grafana-Alerting-Signature by default). */
  signature: string | undefined;
  /** Whether the source is set up with a timestamp header; then the timestamp is signed too. */
  timestampHeaderConfigured: boolean;
  /** The timestamp header's value (Unix seconds), when configured. */
  timestamp: string | undefined;
}

/**
 * The hex HMAC-SHA256 Grafana computes: of `timestamp + ':' + body` when a timestamp header is
 * configured, else of the body alone. Source: grafana/alerting http/hmac.go, HMACRoundTripper.sign
 * (commit 783ce041445f48a1c5d7ec785becb54d57ae7918).
 * @example grafanaSignature('s3cret', '{}', undefined) // 64 lowercase hex digits
 */
export function grafanaSignature(secret: string, body: string, timestamp: string | undefined): string {
  const hmac = createHmac('sha256', secret);
  if (timestamp !== undefined) hmac.update(`${timestamp}:`, 'utf8');
  return hmac.update(body, 'utf8').digest('hex');
}

/**
 * Grafana's optional HMAC signature checked against the source's secret.
 * @example checkGrafanaSignature({ body: '{}', signature: undefined, timestampHeaderConfigured: false, timestamp: undefined }, 's') // 'missing'
 */
export function checkGrafanaSignature(request: GrafanaSignedRequest, secret: string): SignatureCheck {
  const signature = request.signature?.trim();
  if (!signature) return 'missing';
  if (request.timestampHeaderConfigured && !request.timestamp?.trim()) return 'missing';
  const timestamp = request.timestampHeaderConfigured ? request.timestamp?.trim() : undefined;
  // Grafana writes lowercase hex; accept uppercase from a proxy that rewrites it.
  return constantTimeEqual(signature.toLowerCase(), grafanaSignature(secret, request.body, timestamp)) ? 'ok' : 'mismatch';
}

/** How far a signed timestamp may be from our clock: clock skew plus delivery, not a replay. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * Whether a signed timestamp (Unix seconds, as Grafana writes it) is recent. Signing the timestamp
 * only protects against a replayed request if the receiver refuses old ones; call this after
 * checkGrafanaSignature returned 'ok' for a source with a timestamp header.
 * @example isSignedTimestampFresh('1714532400', '2024-05-01T03:02:00.000Z') // true
 */
export function isSignedTimestampFresh(timestamp: string, now: string, toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS): boolean {
  if (!/^\d{1,12}$/.test(timestamp.trim())) return false;
  return Math.abs(Date.parse(now) / 1000 - Number(timestamp.trim())) <= toleranceSeconds;
}

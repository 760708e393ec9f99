import { checkBearer, checkGrafanaSignature, grafanaSignature, isSignedTimestampFresh } from '../../../src/domain/alerts/alert-signature';

describe('checkBearer', () => {
  it.each([
    ['Bearer local-alert-token', 'ok'],
    ['bearer local-alert-token', 'ok'], // the scheme is case-insensitive (RFC 9110, 11.1)
    ['  Bearer   local-alert-token  ', 'ok'],
    ['Bearer local-alert-tokeN', 'mismatch'],
    ['Bearer local-alert-token-and-more', 'mismatch'],
    ['Bearer x', 'mismatch'],
    ['Basic bG9jYWw6dG9rZW4=', 'missing'],
    ['Bearer ', 'missing'],
    ['', 'missing'],
    [undefined, 'missing'],
  ] as const)('%p gives %s', (header, expected) => {
    expect(checkBearer(header, 'local-alert-token')).toBe(expected);
  });
});

describe('grafanaSignature (grafana/alerting http/hmac.go)', () => {
  it('is the hex HMAC-SHA256 of the body: RFC 4231 test case 2', () => {
    expect(grafanaSignature('Jefe', 'what do ya want for nothing?', undefined)).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  // Vectors from `printf 'test message' | openssl dgst -sha256 -hmac secret` and the same over
  // '0:test message': hmac_test.go's case, whose mock clock reads Unix time 0.
  it('signs the body alone without a timestamp header', () => {
    expect(grafanaSignature('secret', 'test message', undefined)).toBe('3bcebf43c85d20bba6e3b6ba278af1d2ba3ab0d57de271b0ad30b833e851c5a6');
  });

  it("signs timestamp + ':' + body with a timestamp header", () => {
    expect(grafanaSignature('secret', 'test message', '0')).toBe('ac18a483a582b60a883e974541afe25aa1026136163e94665649743324183ef1');
  });
});

describe('checkGrafanaSignature', () => {
  const body = 'test message';
  const bodyOnly = '3bcebf43c85d20bba6e3b6ba278af1d2ba3ab0d57de271b0ad30b833e851c5a6';
  const withTimestamp = 'ac18a483a582b60a883e974541afe25aa1026136163e94665649743324183ef1';

  it.each([
    ['the body signature, no timestamp header', { signature: bodyOnly, timestampHeaderConfigured: false, timestamp: undefined }, 'ok'],
    ['uppercase hex', { signature: bodyOnly.toUpperCase(), timestampHeaderConfigured: false, timestamp: undefined }, 'ok'],
    ['the timestamped signature', { signature: withTimestamp, timestampHeaderConfigured: true, timestamp: '0' }, 'ok'],
    ['a timestamp that was changed', { signature: withTimestamp, timestampHeaderConfigured: true, timestamp: '1' }, 'mismatch'],
    ['the body signature where a timestamp is configured', { signature: bodyOnly, timestampHeaderConfigured: true, timestamp: '0' }, 'mismatch'],
    ['a timestamp header that did not arrive', { signature: withTimestamp, timestampHeaderConfigured: true, timestamp: undefined }, 'missing'],
    ['no signature', { signature: undefined, timestampHeaderConfigured: false, timestamp: undefined }, 'missing'],
    ['an empty signature', { signature: ' ', timestampHeaderConfigured: false, timestamp: undefined }, 'missing'],
    ['a signature of something else', { signature: 'abc', timestampHeaderConfigured: false, timestamp: undefined }, 'mismatch'],
  ] as const)('%s gives %s', (_case, headers, expected) => {
    expect(checkGrafanaSignature({ body, ...headers }, 'secret')).toBe(expected);
  });

  it('refuses a body changed after signing', () => {
    expect(checkGrafanaSignature({ body: 'test message!', signature: bodyOnly, timestampHeaderConfigured: false, timestamp: undefined }, 'secret')).toBe(
      'mismatch',
    );
  });

  it('refuses the right signature under another secret', () => {
    expect(checkGrafanaSignature({ body, signature: bodyOnly, timestampHeaderConfigured: false, timestamp: undefined }, 'other')).toBe('mismatch');
  });
});

describe('isSignedTimestampFresh', () => {
  // 1714532400 is 2024-05-01T03:00:00Z.
  it.each([
    ['1714532400', '2024-05-01T03:02:00.000Z', true],
    ['1714532400', '2024-05-01T03:05:00.000Z', true],
    ['1714532400', '2024-05-01T03:05:01.000Z', false],
    ['1714532400', '2024-05-01T02:54:59.000Z', false], // from the future beyond skew
    ['1714532400000', '2024-05-01T03:00:00.000Z', false], // milliseconds, not Grafana's seconds
    ['yesterday', '2024-05-01T03:00:00.000Z', false],
    ['', '2024-05-01T03:00:00.000Z', false],
  ])('%p at %s is %p', (timestamp, now, expected) => {
    expect(isSignedTimestampFresh(timestamp, now)).toBe(expected);
  });
});

/**
 * The local site's people who read Jira in another language: Jira's REST answers give their `locale`
 * as Jira writes it (`de_DE`; the User schema's `locale`), and Forge's view context gives it to the
 * app's frames as a Forge locale code (`de-DE`). Everyone else reads English (United States).
 */
import { frameContext } from '../../sandbox/shell/bridge-routes';
import { FrameRegistry } from '../../sandbox/shell/frames';
import { USERS } from '../../sandbox/state/directory';
import { CASEY, createTestSite, json, RILEY } from '../support/test-site';

const GRETA = 'acc-greta-customer';
const LUCIA = 'acc-lucia-responder';
const site = createTestSite();

describe("people's Jira locales on the local site", () => {
  it('Greta (a portal customer) and Jonas (a responder) read German, Lucía (a responder) Spanish, the tester the pseudo-locale; all are in the person switcher', () => {
    expect(USERS.filter((u) => u.locale).map((u) => [u.displayName, u.persona, u.locale])).toEqual([
      ['Greta Weber', 'customer', 'de_DE'],
      ['Lucía Fernández', 'responder', 'es_ES'],
      ['Jonas Becker', 'responder', 'de_DE'],
      ['Pseudo-Locale Tester', 'admin', 'en_XA'],
    ]);
  });

  it.each([
    [GRETA, 'de_DE'],
    [LUCIA, 'es_ES'],
    [RILEY, 'en_US'],
  ])('GET /rest/api/3/myself as %s says locale %s', async (who, locale) => {
    const me = await json<{ accountId: string; locale: string }>(await site.rest(who, 'GET', '/rest/api/3/myself'));
    expect(me).toMatchObject({ accountId: who, locale });
  });

  it.each([
    [GRETA, 'de-DE', 'Europe/Berlin'],
    [LUCIA, 'es-ES', 'Europe/Madrid'],
    [CASEY, 'en-US', 'Europe/Berlin'],
  ])("a frame %s opens gets the context's locale %s and zone %s", (who, locale, timezone) => {
    const module = site.manifest.modules.find((m) => m.key === 'report-intake')!;
    const frame = new FrameRegistry().register(module, module.resource, who, 'light', { extension: { type: module.type } });
    expect(frameContext(site, frame)).toMatchObject({ accountId: who, locale, timezone });
  });

  it("the request page's module title, given as an i18n key in manifest.yml, reads in the default locale on the shell's pages", () => {
    expect(site.manifest.modules.find((m) => m.key === 'report-status')!.title).toBe('What happens next');
  });
});

/**
 * The Content-Security-Policy Forge serves with each Custom UI resource, computed by Atlassian's own
 * @forge/csp from the resource's HTML and manifest.yml's `permissions`, as @forge/tunnel's
 * ResourceTunnelServer does: CSPProcessingService reads the page and the content/external permissions,
 * CSPInjectionService adds the platform's directives (production hosts, the site as `hostname`).
 * Reports go to the local site's endpoint instead of Atlassian's (the tunnel passes its own reporter too).
 */
import { CSPInjectionService, CSPProcessingService } from '@forge/csp';
import { load } from 'cheerio';

const quiet = { info: () => undefined };

export function forgeCspHeader(html: string, permissions: unknown, siteOrigin: string, reportUri: string): string {
  const details = new CSPProcessingService(quiet, load as never).getCspDetails(html, permissions as never);
  const host = new URL(siteOrigin).host;
  return new CSPInjectionService()
    .getInjectableCSP({ existingCSPDetails: details, microsEnv: 'prod', tunnelCSPReporterUri: reportUri, hostname: host })
    .join('; ');
}

/**
 * The sandbox attribute Forge puts on every Custom UI iframe (https://developer.atlassian.com/platform/forge/custom-ui/iframe/):
 * no popups and no top-level navigation, so links must go through @forge/bridge's router.
 */
export const FORGE_IFRAME_SANDBOX = 'allow-downloads allow-forms allow-modals allow-pointer-lock allow-same-origin allow-scripts';

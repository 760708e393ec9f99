/**
 * A link that works inside Forge's Custom UI frame. The frame is sandboxed without popups or top-level
 * navigation and served from Forge's CDN origin (https://developer.atlassian.com/platform/forge/custom-ui/iframe/),
 * so `target=_blank` opens nothing and `/browse/KEY` would resolve against the CDN. Following the link goes
 * through @forge/bridge's router instead: Jira navigates, or opens a new tab. The href stays for what a
 * person sees on hover and for assistive technology.
 */
import { router } from '@forge/bridge';
import type { MouseEvent, ReactNode } from 'react';
import { useT } from './i18n/i18n-provider';

type Location = Parameters<typeof router.navigate>[0];

export interface RouterLinkProps {
  /** A site path ("/browse/SEC-1"), an absolute URL, or a router location ({ target: 'issue', issueKey }). */
  to: Location;
  /** Open in a new browser tab (router.open) rather than in place (router.navigate). */
  newTab?: boolean;
  children: ReactNode;
  testId?: string;
}

// A module's page has no address the frame can know (a real site's holds the app's ids): the router finds it.
const hrefOf = (to: Location): string => (typeof to === 'string' ? to : 'issueKey' in to ? `/browse/${to.issueKey}` : '#');

export function RouterLink({ to, newTab = false, children, testId }: RouterLinkProps) {
  const { t } = useT();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    void (newTab ? router.open(to) : router.navigate(to)).catch(() => undefined);
  };
  return (
    <a href={hrefOf(to)} onClick={follow} data-testid={testId} title={newTab ? t('common.link.opensInNewTab') : undefined}>
      {children}
    </a>
  );
}

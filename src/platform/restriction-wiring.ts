/**
 * What the app does, as the app, once an incident is restricted (contain-restriction.ts): Jira for
 * the issues it made, the report store and timeline for what it made and published, Confluence to
 * withdraw pages. One object, handed to every path that can restrict an incident.
 */
import type { ContainRestrictionDeps } from '../usecases/contain-restriction';
import { nowIso } from './clock';
import { confluenceWithdrawal } from './confluence/confluence-pages';
import { jiraAsApp } from './jira/jira-issue-service';
import { reportStore } from './storage/report-store';
import { timelineStore } from './storage/timeline-store';

export const containDeps: ContainRestrictionDeps = { jira: jiraAsApp, reports: reportStore, timeline: timelineStore, pages: confluenceWithdrawal, now: nowIso };

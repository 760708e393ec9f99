import { buildResolverHandler } from '../platform/forge-resolver';
import { RESOLVER_KEYS } from '../shared/resolver-contract';
import {
  acknowledgeOnCall,
  addToTimeline,
  assignOnCallToMe,
  declareAnIncident,
  editIncident,
  exportTimelineDocument,
  getIncident,
  getOnCall,
  getReporterReplyDraft,
  getTimelinePage,
  recordLegalFact,
  recordResponseFact,
  sendReporterReply,
  startExercise,
  triageIncident,
  verifyTimelineChain,
} from './incident-resolvers';
import { getIntakeOptions, getReportStatus } from './portal-resolvers';
import type { ResolverRequest } from './resolver-request';
import {
  exportAllSettings,
  getProjectSettings,
  getSettings,
  getSettingsHistory,
  importAllSettings,
  putProjectSettings,
  putSettings,
  revertToVersion,
  rotateSourceSecret,
} from './settings-resolvers';

import { getStats, getStatsExport, getStatsIncidents } from './stats-resolvers';
import { getStakeholderUpdates, sendStakeholderUpdateNow, snoozeStakeholderUpdate } from './stakeholder-resolvers';
import { addFollowUp, downloadMarkdown, findSimilar, getReport, publish, saveSection } from './postmortem-resolvers';

/** Every resolver definition, by the contract's keys. */
export const resolverDefinitions = {
  [RESOLVER_KEYS.incidentGet]: getIncident,
  [RESOLVER_KEYS.incidentUpdate]: editIncident,
  [RESOLVER_KEYS.incidentTriage]: triageIncident,
  [RESOLVER_KEYS.incidentDeclare]: declareAnIncident,
  [RESOLVER_KEYS.legalRecord]: recordLegalFact,
  [RESOLVER_KEYS.responseRecord]: recordResponseFact,
  [RESOLVER_KEYS.timelineAdd]: addToTimeline,
  [RESOLVER_KEYS.timelinePage]: getTimelinePage,
  [RESOLVER_KEYS.timelineVerify]: verifyTimelineChain,
  [RESOLVER_KEYS.timelineExport]: exportTimelineDocument,
  [RESOLVER_KEYS.exerciseCreate]: startExercise,
  [RESOLVER_KEYS.oncallGet]: getOnCall,
  [RESOLVER_KEYS.oncallAcknowledge]: acknowledgeOnCall,
  [RESOLVER_KEYS.oncallAssignToMe]: assignOnCallToMe,
  [RESOLVER_KEYS.postmortemGet]: getReport,
  [RESOLVER_KEYS.postmortemSaveSection]: saveSection,
  [RESOLVER_KEYS.postmortemPublish]: publish,
  [RESOLVER_KEYS.postmortemMarkdown]: downloadMarkdown,
  [RESOLVER_KEYS.postmortemFollowUp]: addFollowUp,
  [RESOLVER_KEYS.postmortemSimilar]: findSimilar,
  [RESOLVER_KEYS.intakeOptions]: getIntakeOptions,
  [RESOLVER_KEYS.reportStatus]: getReportStatus,
  [RESOLVER_KEYS.statsGet]: getStats,
  [RESOLVER_KEYS.statsIncidents]: getStatsIncidents,
  [RESOLVER_KEYS.statsExport]: getStatsExport,
  [RESOLVER_KEYS.settingsGet]: getSettings,
  [RESOLVER_KEYS.settingsSave]: putSettings,
  [RESOLVER_KEYS.settingsHistory]: getSettingsHistory,
  [RESOLVER_KEYS.settingsRevert]: revertToVersion,
  [RESOLVER_KEYS.settingsExport]: exportAllSettings,
  [RESOLVER_KEYS.settingsImport]: importAllSettings,
  [RESOLVER_KEYS.projectSettingsGet]: getProjectSettings,
  [RESOLVER_KEYS.projectSettingsSave]: putProjectSettings,
  [RESOLVER_KEYS.settingsRotateAlertSecret]: rotateSourceSecret,
  [RESOLVER_KEYS.reporterReplyDraft]: getReporterReplyDraft,
  [RESOLVER_KEYS.reporterReplySend]: sendReporterReply,
  [RESOLVER_KEYS.stakeholderUpdateGet]: getStakeholderUpdates,
  [RESOLVER_KEYS.stakeholderUpdateSend]: sendStakeholderUpdateNow,
  [RESOLVER_KEYS.stakeholderUpdateSnooze]: snoozeStakeholderUpdate,
};

export const resolver = buildResolverHandler<ResolverRequest>(resolverDefinitions);

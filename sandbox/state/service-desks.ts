/**
 * The local site's Jira Service Management: its service desks (portals), request types and request
 * type groups. Fixed, like the rest of the cast in directory.ts.
 */
/**
 * The help center's service desks: the security desk takes incident reports; the IT help desk
 * takes what employees mostly come for. (GET /rest/servicedeskapi/servicedesk:
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-get)
 */
export const SERVICE_DESKS = [
  { id: '1', projectId: '10000', name: 'Security desk' },
  { id: '2', projectId: '10002', name: 'IT help desk' },
] as const;

/**
 * The portal's request types. Each creates an issue of its issue type in its desk's project, and is
 * shown on the portal only while it belongs to a request type group (a type created through the API
 * belongs to none until an admin adds it):
 * https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-servicedesk/#api-rest-servicedeskapi-servicedesk-servicedeskid-requesttype-get
 */
export interface RequestTypeDef {
  id: string;
  portalId: string;
  name: string;
  description: string;
  issueTypeId: string;
  groupIds: string[];
}

export const REQUEST_TYPES: readonly RequestTypeDef[] = [
  {
    id: '11',
    portalId: '1',
    name: 'Report something that seems off',
    description: 'Anything that looks wrong: we never blame whoever reports it.',
    issueTypeId: '10003',
    groupIds: ['1'],
  },
  // Made by an admin through the API and never added to a group: not on the portal (the setup assistant warns).
  {
    id: '19',
    portalId: '1',
    name: 'Report a lost or stolen device',
    description: 'A laptop or phone that is gone.',
    issueTypeId: '10003',
    groupIds: [],
  },
  { id: '12', portalId: '2', name: 'Request a new laptop', description: 'A new or replacement laptop.', issueTypeId: '10005', groupIds: ['21'] },
  { id: '13', portalId: '2', name: 'Reset my password', description: 'You are locked out or your password expired.', issueTypeId: '10005', groupIds: ['22'] },
  {
    id: '14',
    portalId: '2',
    name: 'Get access to a system',
    description: 'Access to an application, folder or mailbox.',
    issueTypeId: '10005',
    groupIds: ['22'],
  },
  { id: '15', portalId: '2', name: 'Install software', description: 'A program you need for your work.', issueTypeId: '10005', groupIds: ['21'] },
  { id: '16', portalId: '2', name: 'VPN is not working', description: 'You cannot connect from home or on the road.', issueTypeId: '10005', groupIds: ['23'] },
  {
    id: '17',
    portalId: '2',
    name: 'Printer or scanner problem',
    description: 'Paper jams, blank pages, a scanner that does not scan.',
    issueTypeId: '10005',
    groupIds: ['23'],
  },
  {
    id: '18',
    portalId: '2',
    name: 'A new starter joins',
    description: 'A laptop, accounts and a desk for someone joining.',
    issueTypeId: '10005',
    groupIds: ['21'],
  },
];

/** Request type groups: the portal's sections (GET /rest/servicedeskapi/servicedesk/{id}/requesttypegroup). */
export const REQUEST_TYPE_GROUPS = [
  { id: '1', portalId: '1', name: 'Security' },
  { id: '21', portalId: '2', name: 'Hardware and software' },
  { id: '22', portalId: '2', name: 'Accounts and access' },
  { id: '23', portalId: '2', name: 'Something is broken' },
] as const;

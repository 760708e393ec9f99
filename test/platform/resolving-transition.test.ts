/**
 * Which transition resolves a request (issue 32, item 1's request status), with literal transitions
 * as GET …/transitions?expand=transitions.fields lists them: Resolve or Done over Cancel, Decline or
 * Won't do; a resolution of Done sent when the screen has the field, never "Won't Do".
 */
import { resolvingTransition, type OfferedTransition } from '../../src/platform/jira/resolving-transition';

const done = { statusCategory: { key: 'done' } };
const resolutionField = (required: boolean, names: string[]) => ({
  required,
  allowedValues: names.map((name, i) => ({ id: String(10000 + i), name })),
});

describe('resolvingTransition', () => {
  it.each<[string, OfferedTransition[], ReturnType<typeof resolvingTransition>]>([
    [
      'Resolve over a Cancel request listed first',
      [
        { id: '35', name: 'Cancel request', to: { name: 'Canceled', ...done } },
        { id: '41', name: 'Resolve', to: { name: 'Resolved', ...done } },
      ],
      { id: '41', resolution: null },
    ],
    [
      'Resolve this issue over Decline',
      [
        { id: '5', name: 'Decline', to: { name: 'Declined', ...done } },
        { id: '6', name: 'Resolve this issue', to: { name: 'Resolved', ...done } },
      ],
      { id: '6', resolution: null },
    ],
    [
      "a neutral name (Close) over Won't do",
      [
        { id: '7', name: "Won't do", to: { name: 'Closed', ...done } },
        { id: '8', name: 'Close', to: { name: 'Closed', ...done } },
      ],
      { id: '8', resolution: null },
    ],
    ['only Cancel: taken, as the last choice', [{ id: '35', name: 'Cancel request', to: { name: 'Canceled', ...done } }], { id: '35', resolution: null }],
    ['nothing to a done status', [{ id: '11', name: 'Start work', to: { name: 'In Progress', statusCategory: { key: 'indeterminate' } } }], null],
    [
      'a resolution screen: Done by id, though listed after Won’t Do',
      [{ id: '41', name: 'Resolve', to: { name: 'Resolved', ...done }, fields: { resolution: resolutionField(true, ["Won't Do", 'Duplicate', 'Done']) } }],
      { id: '41', resolution: { id: '10002' } },
    ],
    [
      'a required resolution with no value that says done: the next transition',
      [
        { id: '41', name: 'Resolve', to: { name: 'Resolved', ...done }, fields: { resolution: resolutionField(true, ["Won't Do", 'Duplicate']) } },
        { id: '51', name: 'Close', to: { name: 'Closed', ...done } },
      ],
      { id: '51', resolution: null },
    ],
    [
      'an optional resolution with no value that says done: sent without one',
      [{ id: '41', name: 'Resolve', to: { name: 'Resolved', ...done }, fields: { resolution: resolutionField(false, ['Duplicate']) } }],
      { id: '41', resolution: null },
    ],
  ])('%s', (_what, offered, expected) => {
    expect(resolvingTransition(offered)).toEqual(expected);
  });
});

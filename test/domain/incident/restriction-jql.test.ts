import { mirrorTag } from '../../../src/domain/incident/mirror-tag';
import { openAmongJql, unrestrictedCategoriesJql } from '../../../src/domain/incident/restriction-jql';

const KEY = '5e'.repeat(32);
const tag = (id: string) => mirrorTag(KEY, id);

describe("the sweep's restriction searches", () => {
  test.each([
    ['no category restricted', [{ id: 'malware', restrictTo: null }], null],
    [
      'the restricted categories only',
      [
        { id: 'malware', restrictTo: null },
        { id: 'data-exposure', restrictTo: 'Restricted' },
        { id: 'security-breach', restrictTo: 'Restricted' },
      ],
      `incidentCategoryTag in ("${tag('data-exposure')}", "${tag('security-breach')}") AND level IS EMPTY`,
    ],
    // The tag is hex whatever the id holds: an admin's id cannot add clauses.
    ['a quote in an id becomes a tag', [{ id: 'a"b', restrictTo: 'Restricted' }], `incidentCategoryTag in ("${tag('a"b')}") AND level IS EMPTY`],
  ])('unrestrictedCategoriesJql: %s', (_name, categories, expected) => {
    expect(unrestrictedCategoriesJql(categories, KEY)).toBe(expected);
  });

  test.each([
    ['none', [], null],
    ['ids', ['10001', '10002'], 'id in (10001, 10002) AND level IS EMPTY'],
    ['anything but digits is left out', ['10001', '1) OR (1=1'], 'id in (10001) AND level IS EMPTY'],
  ])('openAmongJql: %s', (_name, ids, expected) => {
    expect(openAmongJql(ids)).toBe(expected);
  });
});

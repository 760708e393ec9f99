import { openAmongJql, unrestrictedCategoriesJql } from '../../../src/domain/incident/restriction-jql';

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
      'incidentCategory in ("data-exposure", "security-breach") AND level IS EMPTY',
    ],
    ['a quote in an id stays inside the string', [{ id: 'a"b', restrictTo: 'Restricted' }], 'incidentCategory in ("a\\"b") AND level IS EMPTY'],
  ])('unrestrictedCategoriesJql: %s', (_name, categories, expected) => {
    expect(unrestrictedCategoriesJql(categories)).toBe(expected);
  });

  test.each([
    ['none', [], null],
    ['ids', ['10001', '10002'], 'id in (10001, 10002) AND level IS EMPTY'],
    ['anything but digits is left out', ['10001', '1) OR (1=1'], 'id in (10001) AND level IS EMPTY'],
  ])('openAmongJql: %s', (_name, ids, expected) => {
    expect(openAmongJql(ids)).toBe(expected);
  });
});

/**
 * The gadget's CSV cells (static/gadget/src/stats-format.ts) against spreadsheet formula injection in
 * every locale: a formula may start at the cell's start or after any separator a spreadsheet might
 * split on (a German one splits `Printer;=cmd…` at the semicolon).
 */
import fc from 'fast-check';
import { cell } from '../../static/gadget/src/stats-format';

/** The cells a spreadsheet splitting on `separator` (quotes honoured or not) would make of our cell. */
const splitCells = (text: string, separator: string) =>
  text
    .replace(/^"|"$/g, '')
    .replace(/""/g, '"')
    .split(new RegExp(`[${separator}\\r\\n]`));

describe('CSV cells', () => {
  it.each([
    ['Printer jam', 'Printer jam'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ["Printer;=cmd|' /C calc'!A0", `"Printer;'=cmd|' /C calc'!A0"`],
    ['Mail, +1 to all', `"Mail, '+1 to all"`],
    ['Laptop\t@SUM(1)', "Laptop\t'@SUM(1)"],
    ['Wi-Fi down - floor 3', 'Wi-Fi down - floor 3'],
    ['say "hi"', '"say ""hi"""'],
    [null, ''],
    [-5, '-5'],
    [2.5, '2.5'],
  ] as const)('%j is written %j', (value, written) => {
    expect(cell(value)).toBe(written);
  });

  it('no separator a locale may use turns any string into a cell that starts a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', ';', ',', '\t', '|', ' ', 'a', '"', '\n') }), (text) => {
        const written = cell(text);
        for (const separator of [',', ';', '\t', '|']) for (const part of splitCells(written, separator)) expect(part.trimStart()).not.toMatch(/^[=+\-@]/);
      }),
    );
  });
});

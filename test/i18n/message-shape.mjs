// The shape of ICU messages, for the placeholder check (translations.test.ts), outside jest: the
// parser intl-messageformat uses (@formatjs/icu-messageformat-parser) is ESM-only and cannot load in
// jest's CommonJS VM. Reads { locale: { key: message } } from stdin and prints, per locale and key,
// the message's arguments: name and type, with a select's options and what each option holds (a
// plural's options are the language's own categories, so only what they hold is compared), or the
// parser's error.
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';

const TYPES = Object.fromEntries(Object.entries(TYPE).map(([name, value]) => [value, name]));

function argumentsOf(elements, out = new Set()) {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) {
      out.add(`<${el.value}>`);
      argumentsOf(el.children, out);
      continue;
    }
    const type = TYPES[el.type];
    if (el.type === TYPE.select) out.add(`${el.value}:select{${Object.keys(el.options).sort().join(',')}}`);
    else out.add(`${el.value}:${type}`);
    for (const option of Object.values(el.options ?? {})) argumentsOf(option.value, out);
  }
  return out;
}

const input = JSON.parse(
  await new Promise((resolve) => {
    let text = '';
    process.stdin.on('data', (d) => (text += d));
    process.stdin.on('end', () => resolve(text));
  }),
);
const shapes = {};
for (const [locale, messages] of Object.entries(input)) {
  shapes[locale] = {};
  for (const [key, message] of Object.entries(messages)) {
    try {
      shapes[locale][key] = [...argumentsOf(parse(message))].sort();
    } catch (e) {
      shapes[locale][key] = { error: e instanceof Error ? e.message : String(e) };
    }
  }
}
process.stdout.write(JSON.stringify(shapes));

// Judges Jira Service Management answers with jira.js 6's service-desk schemas (zod), outside jest
// (jira.js is ESM-only and cannot load in jest's CommonJS VM). Reads [{schema, body}] from stdin and
// prints, per answer, the schema's problems plus every key the schema does not document (the
// stricter reading: jira.js's objects accept unknown keys; the local site must not invent any).
import * as serviceDesk from 'jira.js/serviceDesk';

const input = JSON.parse(
  await new Promise((resolve) => {
    let text = '';
    process.stdin.on('data', (d) => (text += d));
    process.stdin.on('end', () => resolve(text));
  }),
);

/** A zod schema without its optional/nullable wrappers. */
function bare(schema) {
  let s = schema;
  while (s && !s.shape && !s.element && (s.unwrap || s.def?.innerType)) s = s.unwrap ? s.unwrap() : s.def.innerType;
  return s;
}

function undocumented(schema, value, at) {
  const s = bare(schema);
  if (Array.isArray(value)) return s?.element ? value.flatMap((v, n) => undocumented(s.element, v, `${at}${n}.`)) : [];
  const shape = s?.shape;
  if (!shape || value === null || typeof value !== 'object') return [];
  const out = [];
  for (const [key, v] of Object.entries(value)) {
    if (!(key in shape)) out.push(`${at}${key} is not documented`);
    else out.push(...undocumented(shape[key], v, `${at}${key}.`));
  }
  return out;
}

const results = input.map(({ schema, body }) => {
  const parsed = serviceDesk[schema].safeParse(body);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  problems.push(...undocumented(serviceDesk[schema], body, ''));
  return { schema, problems };
});
process.stdout.write(JSON.stringify(results));

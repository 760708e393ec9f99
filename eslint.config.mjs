// ESLint with the house's boundary rules (shared/docs/architecture.md section 2):
// @forge/* only in src/platform and static/; src/domain and src/usecases import nothing outward;
// static/* takes only src/shared from the backend.
import tseslint from 'typescript-eslint';

const forgeOnlyInPlatform = { group: ['@forge/*'], message: '@forge/* is imported only in src/platform (adapters) and static/ (Custom UI).' };
const removedApis = [
  { name: '@forge/ui', message: 'UI Kit 1 was removed by Atlassian; the UI is Custom UI under static/.' },
  { name: '@forge/api', importNames: ['storage'], message: 'The storage export of @forge/api was removed; use @forge/kvs.' },
];

// Words a person reads go through i18n (docs/translations.md): in the UI files converted so far, JSX
// text and the text-bearing attributes and options must come from t(key), never an English literal.
export const I18N_CHECKED_FILES = ['static/*/src/**/*.tsx', 'static/common/**/*.tsx'];
const bypassesI18n = 'A person reads this: put the words in locales/en-US.json and use t(key) (docs/translations.md).';
const TEXT_ATTRIBUTES = '/^(label|placeholder|aria-label|title|alt|text)$/';
// A string with a letter that is not a message key (`portal.report.thanks`): words, not a key.
const WORDS = 'Literal[value=/[A-Za-z]/]:not([value=/^[a-z][A-Za-z0-9]*([.][A-Za-z0-9-]+)+$/])';
export const i18nRestrictedSyntax = [
  { selector: 'JSXText[value=/[A-Za-z]/]', message: bypassesI18n },
  { selector: `JSXAttribute[name.name=${TEXT_ATTRIBUTES}] > ${WORDS}`, message: bypassesI18n },
  { selector: `JSXAttribute[name.name=${TEXT_ATTRIBUTES}] > JSXExpressionContainer > ${WORDS}`, message: bypassesI18n },
  { selector: `JSXAttribute[name.name=${TEXT_ATTRIBUTES}] > JSXExpressionContainer > TemplateLiteral`, message: bypassesI18n },
  { selector: `Property[key.name=${TEXT_ATTRIBUTES}] > ${WORDS}`, message: bypassesI18n },
  { selector: `JSXExpressionContainer > ${WORDS}`, message: bypassesI18n },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'static/*/build/**', '.sandbox/**', 'coverage/**', 'scratch/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-restricted-imports': ['error', { paths: removedApis }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: removedApis,
          patterns: [forgeOnlyInPlatform, { group: ['**/static/**', '**/sandbox/**'], message: 'The backend never imports the UIs or the local site.' }],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: removedApis,
          patterns: [
            forgeOnlyInPlatform,
            {
              group: ['**/usecases/**', '**/platform/**', '**/resolvers/**', '**/triggers/**', '**/static/**', '**/sandbox/**'],
              message: 'src/domain is pure: it imports only itself and src/shared.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'The domain takes time as an argument.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The domain takes time as an argument.' },
      ],
    },
  },
  {
    files: ['src/usecases/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: removedApis,
          patterns: [
            forgeOnlyInPlatform,
            {
              group: ['**/platform/**', '**/resolvers/**', '**/triggers/**', '**/static/**', '**/sandbox/**'],
              message: 'Use cases depend on ports (usecases/ports.ts), not on adapters.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['static/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: removedApis,
          patterns: [
            {
              group: ['**/src/domain/**', '**/src/usecases/**', '**/src/platform/**', '**/src/resolvers/**', '**/src/triggers/**', '**/sandbox/**'],
              message: 'Custom UIs import only src/shared from the backend.',
            },
          ],
        },
      ],
    },
  },
  { files: I18N_CHECKED_FILES, rules: { 'no-restricted-syntax': ['error', ...i18nRestrictedSyntax] } },
);

// ESLint with the house's boundary rules (shared/docs/architecture.md section 2):
// @forge/* only in src/platform and static/; src/domain and src/usecases import nothing outward;
// static/* takes only src/shared from the backend.
import tseslint from 'typescript-eslint';

const forgeOnlyInPlatform = { group: ['@forge/*'], message: '@forge/* is imported only in src/platform (adapters) and static/ (Custom UI).' };
const removedApis = [
  { name: '@forge/ui', message: 'UI Kit 1 was removed by Atlassian; the UI is Custom UI under static/.' },
  { name: '@forge/api', importNames: ['storage'], message: 'The storage export of @forge/api was removed; use @forge/kvs.' },
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
);

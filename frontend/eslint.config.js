// ESLint (flat config): TypeScript's recommended rules, the React hooks rules, and the import
// boundaries of the feature folders (shared/STYLE.md, Frontend 1):
// features do not import each other; src/app composes them through their index; shared code
// (lib, components, i18n) imports no feature and no app code.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES_ARE_PRIVATE = {
  group: ['@/features/**'],
  message: 'Features do not import each other: move the shared piece to src/lib or src/components, or compose in src/app.',
};
const LEAVING_THE_FOLDER = {
  group: ['../../*', '../../**'],
  message: 'Import code outside this folder by its @/ path, so the boundary rules see it.',
};
const APP_IS_THE_TOP = {
  group: ['@/app', '@/app/**'],
  message: 'src/app composes the features; nothing below it imports from it.',
};
const TESTING_IS_FOR_TESTS = {
  group: ['@/testing/**'],
  message: 'src/testing is for tests only.',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'src/lib/api/schema.d.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [FEATURES_ARE_PRIVATE, LEAVING_THE_FOLDER, APP_IS_THE_TOP, TESTING_IS_FOR_TESTS] }] },
  },
  {
    files: ['src/features/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [FEATURES_ARE_PRIVATE, LEAVING_THE_FOLDER] }] },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/i18n/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [FEATURES_ARE_PRIVATE, LEAVING_THE_FOLDER, APP_IS_THE_TOP, TESTING_IS_FOR_TESTS] }] },
  },
  {
    // Tests render through the real app (src/testing), so only feature code stays out of reach.
    files: ['src/lib/**/*.test.{ts,tsx}', 'src/components/**/*.test.{ts,tsx}', 'src/i18n/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [FEATURES_ARE_PRIVATE, LEAVING_THE_FOLDER] }] },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/features/*/**'], message: 'src/app uses a feature through its index (@/features/<name>).' },
            LEAVING_THE_FOLDER,
          ],
        },
      ],
    },
  },
);

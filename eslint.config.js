import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'src/generated/', 'web/desk/src/gql/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', Buffer: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Dependency direction: providers never see GraphQL; resolvers never see a provider's internals.
    files: ['src/providers/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['graphql', '@apollo/*', '**/resolvers/**', '**/server/**'] }],
    },
  },
  {
    // A simulated provider plays the provider: of our code it shares only the wire vocabulary (wire.ts).
    files: ['src/simulator/*/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/providers/*.js', '**/providers/*/**', '!**/providers/*/wire.js'] },
      ],
    },
  },
  {
    files: ['src/resolvers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/providers/fin/**', '**/providers/spherepay/**', '**/providers/openfx/**', 'undici'] },
      ],
    },
  },
  {
    // Test files share each worker's modules (vitest.config.ts, isolate: false), where a module mock
    // would leak into the files after it: tests inject what they change instead.
    files: ['test/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['mock', 'doMock'].map((property) => ({
          object: 'vi',
          property,
          message: 'Inject the dependency (a harness or createServer option).',
        })),
      ],
    },
  },
);

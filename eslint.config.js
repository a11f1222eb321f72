// ESLint for the TypeScript and the .astro components: the recommended rules of ESLint,
// typescript-eslint and eslint-plugin-astro. Formatting is Prettier's (npm run lint runs both).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  { ignores: ['dist/', '.test-builds/', '.build-tmp/', '.astro/', '.scratch/', 'node_modules/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        document: 'readonly',
        window: 'readonly',
        location: 'readonly',
        history: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      // Unused values are type errors already (tsconfig noUnused*); leading underscores mark the intended ones.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // French typography puts a no-break space before : ; ? ! and inside « »: allowed in text, not in code.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true }],
    },
  },
  // Components hold prose: French text there carries its no-break spaces like any other text.
  { files: ['**/*.astro'], rules: { 'no-irregular-whitespace': 'off' } },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', 'bench/out/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Build and test configuration files run in Node as CommonJS.
    files: ['*.js', '*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The core is pure: the same engine runs in Excel, in Node and in a browser worker.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process'],
              message: 'src/core is pure: no Node APIs.',
            },
            {
              group: ['office-js', '@microsoft/office-js', 'office-addin-*'],
              message: 'src/core is pure: no Office.js.',
            },
            { group: ['react', 'react-dom', '@fluentui/*'], message: 'src/core is pure: no UI.' },
            {
              group: ['exceljs', 'fflate', '**/hosts/**', '**/cli/**', '**/taskpane/**'],
              message: 'src/core does not depend on hosts or file formats.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'Office',
        'Excel',
        'process',
        'require',
        'navigator',
      ],
    },
  },
);

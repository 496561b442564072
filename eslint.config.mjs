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
    files: ['*.js', '*.cjs', 'scripts/**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Excel 2019 runs add-ins in EdgeHTML 18, whose parser rejects ES2018 regex syntax: a single
    // such regex makes the whole bundle fail to load. Spell classes out (src/core/text/charClasses.ts).
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[regex.pattern=/\\(\\?<[!=]/]',
          message: 'No regex lookbehind: Excel 2019 (EdgeHTML 18) cannot parse it.',
        },
        {
          selector: 'Literal[regex.pattern=/\\(\\?<[A-Za-z]/]',
          message: 'No named capture groups: Excel 2019 (EdgeHTML 18) cannot parse them.',
        },
        {
          selector: 'Literal[regex.pattern=/\\\\[pP]\\{/]',
          message:
            'No \\p{…} classes: Excel 2019 cannot parse them; use src/core/text/charClasses.ts.',
        },
        {
          selector: 'Literal[regex.flags=/s/]',
          message: 'No dotAll (s) flag: Excel 2019 cannot parse it.',
        },
        {
          selector: 'TemplateElement[value.raw=/\\(\\?<[!=A-Za-z]|\\\\\\\\[pP]\\{/]',
          message: 'No lookbehind, named groups or \\p{…} in regex sources either.',
        },
      ],
    },
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

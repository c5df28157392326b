import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'custom-elements.json'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'bin/*.js', 'scripts/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], wc.configs['flat/best-practice']],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      // LitElement always implements the lifecycle callbacks; guarding super calls is noise.
      'wc/guard-super-call': 'off',
    },
  },
  {
    // The data layer runs in Node too: no DOM, no Lit, no network, no Node built-ins.
    files: ['src/feed/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'fetch', 'localStorage', 'HTMLElement', 'DOMParser', 'location', 'customElements', 'process', 'Buffer'],
      'no-restricted-imports': ['error', { patterns: ['lit', 'lit/*', '@lit/*', 'node:*'] }],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**', 'build/**', 'bench/**', '*.config.{js,ts}', 'bin/*.js', 'test/node/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Plain-JS tooling (configs, scripts) has no types to check against.
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['test/**/*.ts', 'src/**/*.test.ts'],
    rules: {
      // Tests create elements with document.createElement(tag) and cast them.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);

// Lint: TypeScript's recommended rules, and no import circles anywhere (a circle makes the order
// modules load in decide behaviour, and blurs which wing depends on which). `npm run lint`.
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'node-host/dist/**',
      'widgets/npm/**',
      '.wrangler/**',
      'test-results/**',
      'coverage/**',
      '**/*.d.ts',
    ],
  },
  ...tseslint.configs.recommended,
  importX.flatConfigs.typescript,
  {
    files: ['**/*.{ts,mts,mjs,js}'],
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', '*/tsconfig.json', 'test/*/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Parameters and catch bindings named `_x` are unused on purpose (a handler's shape).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // `ok && go()` and `cond ? a() : b()` as statements read well; a lone value still fails.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
  },
  {
    // The widgets' build takes decorators, directives, svg`` and mathml`` out of Lit (vite.config.ts,
    // unusedLitFeatures): an element declares `static properties`, binds plain values, draws no Lit SVG.
    files: ['widgets/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'lit',
              importNames: ['svg', 'mathml'],
              message: 'The widgets build has no svg``/mathml`` (vite.config.ts, unusedLitFeatures).',
            },
          ],
          patterns: [
            {
              group: ['lit/decorators*', 'lit-element/decorators*', '@lit/reactive-element/decorators*'],
              message:
                'The widgets build has no decorators: declare `static properties` (vite.config.ts, unusedLitFeatures).',
            },
            {
              group: ['lit/directive*', 'lit/async-directive*', 'lit-html/directive*', 'lit-html/async-directive*'],
              message: 'The widgets build has no directives (vite.config.ts, unusedLitFeatures).',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read untyped JSON answers and poke at internals; `any` there is the honest type.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);

// Lint rules for the TypeScript sources and scripts: typescript-eslint's recommended set, tuned to rules the code keeps.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'testdata/', 'rtlib/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // Unused names are mistakes worth seeing, but a leading underscore marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // `any` is rare here and confined to JSON and test plumbing; flag it without failing the build.
      '@typescript-eslint/no-explicit-any': 'warn',
      // Scripts load the pipeline lazily with require() where an import would run it at load time.
      '@typescript-eslint/no-require-imports': 'off',
      // Comma expressions (`a1--, b1--`) step two indexes together in the diff and walk loops.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Terminal escapes and Go's rules about control characters are matched on purpose.
      'no-control-regex': 'off',
      // Expected terminal output is written out as it looks, spaces and all.
      'no-regex-spaces': 'off',
      // The scope chain in symbols/references.ts walks `this` and its parents with one variable.
      '@typescript-eslint/no-this-alias': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'warn',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'commonjs',
      globals: {
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
  },
);

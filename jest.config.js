/** Jest: unit, migration and document tests run under Node with SWC (fast, no type-check: tsc does that). */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  // Kysely 0.29 is published as ES modules only: SWC turns it into CommonJS like the sources.
  transformIgnorePatterns: ['/node_modules/(?!kysely/)'],
  moduleNameMapper: { '^electron$': '<rootDir>/test/stubs/electron.ts' },
};

// Jest configuration: TypeScript through ts-jest, tests next to the code they prove.
module.exports = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 600000,
  maxConcurrency: 3,
};

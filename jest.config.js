/** Two tiers: "unit" needs only npm install; "system" needs LibreOffice and Chromium. */
const tsJest = [
  'ts-jest',
  {
    tsconfig: {
      module: 'commonjs',
      esModuleInterop: true,
      jsx: 'react-jsx',
      isolatedModules: true,
    },
  },
];
const common = {
  transform: { '^.+\\.tsx?$': tsJest },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
  },
  testEnvironment: 'node',
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts?(x)'] },
    { ...common, displayName: 'system', testMatch: ['<rootDir>/tests/system/**/*.test.ts?(x)'] },
  ],
};

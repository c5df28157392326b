import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, findChrome } from './scripts/find-chrome.js';
import { networkFaults } from './test/hostile/fault-server.js';

let executablePath;
try {
  executablePath = findChrome();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', '!test/node/**', '!test/dist/**', '!test/package/**'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromeArgs } })],
  testFramework: { config: { timeout: 10000 } },
  // 404s, hangs, truncated and 10 MB bodies under /__faults/… for test/hostile/network.test.ts.
  middleware: [networkFaults()],
  // Widgets report feed problems with console.warn; tests that care spy on it.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('infest-widgets'),
  // One test file at a time: pages of one origin share localStorage, where feeds are kept.
  concurrency: 1,
};

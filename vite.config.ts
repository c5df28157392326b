import { defineConfig, type UserConfig } from 'vite';

/**
 * `vite` serves the demo (demo/ is the root; it imports ../src directly).
 * `vite build` is the npm build: one ESM file per source module, lit external.
 * `vite build --mode cdn` is the self-contained, minified script-tag bundle.
 */
const npmEntries = {
  index: 'src/index.ts',
  'feed/index': 'src/feed/index.ts',
  'cli/main': 'src/cli/main.ts',
};

const npmBuild: UserConfig = {
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: false,
    lib: { entry: npmEntries, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit(\/.*)?$/, /^@lit\//, /^node:/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
};

const cdnBuild: UserConfig = {
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    lib: {
      entry: 'src/cdn.ts',
      name: 'InfestWidgets',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'infest-widgets.js' : 'infest-widgets.iife.js'),
    },
    rolldownOptions: { output: { minify: true } },
  },
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return { root: 'demo', server: { host: true }, preview: { host: true } };
  }
  return mode === 'cdn' ? cdnBuild : npmBuild;
});

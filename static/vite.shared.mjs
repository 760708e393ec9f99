// One Vite configuration for every Custom UI resource: relative asset paths (Forge serves each
// resource from its own folder) and output in static/<module>/build, as manifest.yml expects.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Atlaskit's feature-gate client is never initialised in a Forge app; this answers as it then does,
// without the Statsig SDK (static/common/feature-gates-off.ts says why).
const FEATURE_GATES_OFF = fileURLToPath(new URL('./common/feature-gates-off.ts', import.meta.url));

export function customUiConfig(moduleDir) {
  return defineConfig({
    root: moduleDir,
    base: './',
    plugins: [react()],
    resolve: { alias: { '@atlaskit/feature-gate-js-client/feature-gates': FEATURE_GATES_OFF } },
    logLevel: 'warn',
    build: {
      outDir: 'build',
      emptyOutDir: true,
      target: 'es2022',
      // Atlaskit pages are large; the budget is checked by bench/budgets.ts, not by Vite's warning.
      chunkSizeWarningLimit: 2000,
    },
  });
}

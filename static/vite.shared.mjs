// One Vite configuration for every Custom UI resource: relative asset paths (Forge serves each
// resource from its own folder) and output in static/<module>/build, as manifest.yml expects.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export function customUiConfig(moduleDir) {
  return defineConfig({
    root: moduleDir,
    base: './',
    plugins: [react()],
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

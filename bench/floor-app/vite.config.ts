// The floor app's build, run by bench/lib/build.ts (outDir is set there).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  logLevel: 'warn',
  // Same target and inlining as the app's vite.config.ts: like for like.
  build: { target: 'es2022', assetsInlineLimit: 2048, emptyOutDir: true },
});

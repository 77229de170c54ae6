import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Relative base: the same build is loaded from file:// by Electron and from http:// by the browser mode.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});

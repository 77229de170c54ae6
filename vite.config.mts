import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './electron/shell/content-security-policy';

/**
 * The policy also travels inside the page: Electron loads it from file://, where response
 * headers (and so the shell's onHeadersReceived) are not guaranteed.
 */
const cspMeta = (): Plugin => ({
  name: 'porte-voix-csp',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: contentSecurityPolicy({ allowLoopbackApi: true, forMetaTag: true }),
      },
      injectTo: 'head-prepend',
    },
  ],
});

// Relative base: the same build is loaded from file:// by Electron and from http:// by the browser mode.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});

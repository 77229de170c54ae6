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

/** Packages only some pages need stay with those pages; the rest of node_modules is the UI framework. */
const pageLibraries = ['zod', 'ibantools', '@tanstack'];
const vendorModule = (id: string): boolean => {
  const match = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
  return match?.[1] !== undefined && !pageLibraries.some((p) => match[1]?.startsWith(p));
};

// Relative base: the same build is loaded from file:// by Electron and from http:// by the browser mode.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The vendor chunk (React, the router, Mantine) is ~760 kB minified, read from disk once.
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        // React, the router and Mantine (with what they pull in) change only with package updates and
        // every page needs them: one vendor chunk. Pages come in their own chunks
        // (renderer/lazy-page.tsx); code several pages share is split out by the bundler.
        codeSplitting: {
          groups: [{ name: 'vendor', test: vendorModule, priority: 10 }],
        },
      },
    },
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The Fastify server (`npm run dev` starts it on PORT, 3000 by default, next to vite on 5173).
const API = `http://localhost:${process.env.PORT ?? 3000}`;
const proxy = { '/api': API, '/dev': API };

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      // Registered from our bundle (virtual:pwa-register/react): CSP forbids inline scripts.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'VssID – Bảo hiểm xã hội số',
        short_name: 'VssID',
        description:
          'Ứng dụng Bảo hiểm xã hội số: thẻ BHYT, quá trình tham gia, tra cứu và dịch vụ công.',
        lang: 'vi',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#0A6ECF',
        background_color: '#FFFFFF',
        categories: ['government', 'medical', 'utilities'],
        icons: [
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable.svg',
            sizes: 'any',
            type: 'image/svg+xml',
            purpose: 'maskable',
          },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api/, /^\/dev/],
        // The app shell and the two font subsets we ship (woff2 only: every target browser has it).
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,webmanifest}'],
        // The back office's chunk (and its CSS) is for officers only: never precached on phones.
        globIgnores: ['**/backoffice-*', '**/organization-*'],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
  // The manifest (dist/.vite/manifest.json) maps source modules to chunks: the e2e test reads it
  // to prove a signed-out citizen never downloads the back office.
  build: { outDir: 'dist', emptyOutDir: true, manifest: true },
});

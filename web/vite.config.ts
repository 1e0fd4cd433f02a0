// The web app's build: React through Vite, from web/ into web/dist, which `ytterby serve` serves.
// `npm run dev:web` serves the app with hot reload and hands /api to a server on port 8080.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // ECharts is one chunk of about 600 kB (200 kB gzipped), loaded with the first chart.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 800 },
  server: { proxy: { '/api': `http://127.0.0.1:${process.env['YTTERBY_API_PORT'] ?? '8080'}` } },
});

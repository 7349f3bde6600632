// Builds the benchmark's own pages: the seeding page and the floor.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const pages = fileURLToPath(new URL('./pages', import.meta.url));

export default defineConfig({
  root: pages,
  base: '/__bench/',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('bench') },
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist-bench', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        seed: `${pages}/seed.html`,
        floor: `${pages}/floor.html`,
        file: `${pages}/file.html`,
      },
    },
  },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The client is a plain static site: npm run build:client writes client/dist, which the hub serves
// at / next to /graphql. npm run dev serves it with hot reload and passes /graphql to a hub on :4000.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});

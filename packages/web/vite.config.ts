import { fileURLToPath } from 'node:url';
import { defineConfig, type PluginOption } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env.DVCQ_API_URL ?? 'http://localhost:3100';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // @vitejs/plugin-react is hoisted to the root next to vite 8 (another workspace's), while this package
  // builds with its own vite 7: same plugin at runtime, two copies of the types.
  plugins: [react() as unknown as PluginOption],
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (
            id.includes('node_modules/antd') ||
            id.includes('node_modules/@ant-design') ||
            id.includes('node_modules/rc-') ||
            id.includes('node_modules/@rc-component')
          )
            return 'antd';
          if (id.includes('node_modules/react') || id.includes('node_modules/scheduler')) return 'react';
          return undefined;
        },
      },
    },
  },
});

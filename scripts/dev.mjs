// `npm run dev`: the API with reload on :3000 and Vite with hot reload on :5173 (proxying /api, /dev).
import { run } from './lib.mjs';

const codes = await Promise.all([
  run('npx', ['tsx', 'watch', '--clear-screen=false', 'apps/server/src/main.ts']),
  run('npx', ['vite', '--port', '5173'], {
    cwd: new URL('../apps/web/', import.meta.url).pathname,
  }),
]);
process.exit(Math.max(...codes));

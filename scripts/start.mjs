// `npm start`: the app on http://localhost:3000 (PORT overrides) with demo data on first start.
import { ensureWebBuilt, run } from './lib.mjs';

ensureWebBuilt();
process.exit(await run(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts']));

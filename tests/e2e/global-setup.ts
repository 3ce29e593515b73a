import { execSync } from 'node:child_process';

// The end-to-end suite drives the built extension, so build it (Chrome and Firefox) once per run.
export default function setup() {
  if (process.env.PANELIST_SKIP_BUILD) return;
  // Vitest sets NODE_ENV=test, which Vite would honour and bundle React's development build:
  // test what ships instead.
  const env = { ...process.env, NODE_ENV: 'production' };
  execSync('npx wxt build', { stdio: 'inherit', env });
  execSync('npx wxt build -b firefox', { stdio: 'inherit', env });
}

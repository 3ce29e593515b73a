import { execSync } from 'node:child_process';

// The end-to-end suite drives the built extension, so build it (Chrome and Firefox) once per run.
export default function setup() {
  if (process.env.PANELIST_SKIP_BUILD) return;
  execSync('npx wxt build', { stdio: 'inherit' });
  execSync('npx wxt build -b firefox', { stdio: 'inherit' });
}

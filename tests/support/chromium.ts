// How every browser run here starts Chromium: the tests (playwright.config.ts) and the bench.
import type { LaunchOptions } from '@playwright/test';

export const CHROMIUM: LaunchOptions = {
  // Debian's Chromium (tests/support/ensure-chromium.mjs), never a downloaded one.
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // WebGL 2 (MapLibre needs it) from SwiftShader, forced even where a GPU
    // exists so pixel counts match across machines.
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    // Compositing on the CPU rather than through SwiftShader's GL: the same WebGL pixels, and time
    // to idle measured 15–20% shorter (5.1–5.7 s against 6.0–7.3 s for ?select=XK at 1280 × 720).
    '--disable-gpu-compositing',
  ],
};

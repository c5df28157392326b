/** The Chromium or Chrome to drive: CHROME_PATH, else the usual install paths; throws when none. */
export function findChrome(): string;
/** Flags for a headless run on CI machines (root, no GPU, closed network). */
export const chromeArgs: string[];

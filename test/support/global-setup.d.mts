/** Builds stale Custom UIs, bundles the backend and finds a Chromium (sets CHROMIUM_PATH); see global-setup.mjs. */
export default function globalSetup(globalConfig: { testPathPattern?: string }): Promise<void>;

/**
 * The backend bundle's size budget, measured by the bench (budgets.ts) and test/manifest/forge-bundle.test.ts.
 */
export { bundleBackend, type BackendBundle } from '../sandbox/runtime/backend-bundle';

/** Measured at 5.01 MB (webpack, unminified, as the CLI bundles); the budget leaves room for growth, not for a new framework. */
export const BACKEND_BUNDLE_BUDGET_BYTES = 6_000_000;

import { customUiConfig } from '../vite.shared.mjs';

export default customUiConfig(import.meta.dirname);

import { defineConfig, type UserConfig } from 'wxt';
import base from '../../../wxt.config';

/**
 * The extension's own build with source maps (and, with NHSPS_MINIFY=0, readable code), so the
 * bench can say what each module costs and profiles can name functions.
 */
export default defineConfig({
  ...base,
  vite: (env) => {
    const config = typeof base.vite === 'function' ? base.vite(env) : {};
    const build = {
      ...(config as { build?: object }).build,
      sourcemap: 'hidden' as const,
      ...(process.env.NHSPS_MINIFY === '0' ? { minify: false } : {}),
    };
    return { ...config, build } as ReturnType<NonNullable<UserConfig['vite']>>;
  },
});

import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    // SvelteKit's own origin check compares the browser's Origin with the origin
    // adapter-node derives, which is https unless ORIGIN or PROTOCOL_HEADER is
    // set; that would reject every form on plain http://127.0.0.1:3000. The
    // equivalent check, based on the Host header and Sec-Fetch-Site, lives in
    // src/hooks.server.ts (see `isCrossSiteWrite`).
    csrf: { trustedOrigins: ['*'] },
    csp: {
      // Nonces for server-rendered pages, hashes for prerendered ones.
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self'],
        // Style attributes only (SvelteKit's route announcer has one); <style>
        // elements and scripts stay strict. Styles cannot load anything from
        // elsewhere: img-src, font-src and default-src are 'self'.
        'style-src-attr': ['unsafe-inline'],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
        'base-uri': ['none'],
        'object-src': ['none'],
        'manifest-src': ['self'],
        'worker-src': ['self'],
      },
    },
    typescript: {
      config(tsconfig) {
        tsconfig.include.push('../playwright.config.ts', '../codegen.ts');
      },
    },
  },
};

export default config;

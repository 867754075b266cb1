import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
  locale: locals.locale,
  // Only what the pages show: the session token never leaves the server.
  user: locals.user && { displayName: locals.user.displayName },
});

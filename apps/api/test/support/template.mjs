export const TEMPLATE_ENV = 'SEBAYA_TEST_TEMPLATE_DATABASE';

/** A database on the server of DATABASE_URL (the developer's own database is never used). */
export function templateUrl(name) {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/sebaya');
  url.pathname = `/${name}`;
  return url.toString();
}

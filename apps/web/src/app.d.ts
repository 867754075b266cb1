import type { ViewerFragment } from '$lib/graphql/generated/graphql';
import type { Locale } from '$lib/i18n';
import type { ApiClient } from '$lib/server/api';

declare global {
  namespace App {
    interface Error {
      message: string;
      /** Shown on the error page so that a report can be matched with the logs. */
      requestId?: string;
    }
    interface Locals {
      /** Set once per request in hooks.server.ts: the signed-in user, or null. */
      user: ViewerFragment | null;
      /** The interface language: the account's, else the sebaya_locale cookie, else Indonesian. */
      locale: Locale;
      requestId: string;
      /** The API, called as this request's viewer. */
      api: ApiClient;
    }
  }
}

export {};

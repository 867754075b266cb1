import { SafetyResourcesDocument } from '$lib/graphql/generated/graphql';
import { ApiError } from '$lib/server/api';
import { logger } from '$lib/server/log';
import { fallbackSafetyResources } from '$lib/safety/fallback';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  try {
    const { safetyResources } = await locals.api.request(SafetyResourcesDocument, { locale: locals.locale });
    return { safetyResources, safetyResourcesComplete: true };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    // Someone in crisis must still find a number to call.
    logger.error('safety resources unavailable', { requestId: locals.requestId, error: error.message });
    return { safetyResources: fallbackSafetyResources(locals.locale), safetyResourcesComplete: false };
  }
};

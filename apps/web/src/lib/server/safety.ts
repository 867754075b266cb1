import { SafetyResourcesDocument } from '$lib/graphql/generated/graphql';
import { fallbackSafetyResources } from '$lib/safety/fallback';
import { ApiError } from './api';
import { logger } from './log';

/**
 * The safety resources in the viewer's language. When the API cannot give
 * them, the first ones from the web's own copy (`complete: false`): someone
 * in crisis must still find a number to call.
 */
export async function loadSafetyResources(locals: App.Locals) {
  try {
    const { safetyResources } = await locals.api.request(SafetyResourcesDocument, { locale: locals.locale });
    return { safetyResources, safetyResourcesComplete: true };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    logger.error('safety resources unavailable', { requestId: locals.requestId, error: error.message });
    return { safetyResources: fallbackSafetyResources(locals.locale), safetyResourcesComplete: false };
  }
}

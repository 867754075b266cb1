import { redirect } from '@sveltejs/kit';
import { textField } from '$lib/forms';
import { GroupsDocument, JoinGroupDocument } from '$lib/graphql/generated/graphql';
import { ApiError } from '$lib/server/api';
import { failFromApiError } from '$lib/server/form-errors';
import { logger } from '$lib/server/log';
import { loadSafetyResources } from '$lib/server/safety';
import { redirectIfSignedOut, requireUser } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const [safety, groups] = await Promise.all([loadSafetyResources(locals), loadGroups(locals)]);
  return { ...safety, groups };
};

/** The groups, the viewer's own first; null when the API cannot say (the page still shows help). */
async function loadGroups(locals: App.Locals) {
  try {
    return (await locals.api.request(GroupsDocument)).groups;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    logger.error('groups unavailable', { requestId: locals.requestId, error: error.message });
    return null;
  }
}

export const actions: Actions = {
  /** Joins a group from the list and goes to it. */
  join: async (event) => {
    requireUser(event);
    const groupId = textField(await event.request.formData(), 'groupId');
    let group;
    try {
      ({ joinGroup: group } = await event.locals.api.request(JoinGroupDocument, { groupId }));
    } catch (error) {
      redirectIfSignedOut(error, event);
      return failFromApiError(error, {
        fields: [],
        values: {},
        requestId: event.locals.requestId,
        form: 'join',
        target: groupId,
      });
    }
    redirect(303, `/groups/${group.slug}`);
  },
};

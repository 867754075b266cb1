import { error } from '@sveltejs/kit';
import { cursorParam, isId } from '$lib/forum/posts';
import { AuditLogDocument } from '$lib/graphql/generated/graphql';
import { ApiError } from '$lib/server/api';
import { requireUser } from '$lib/server/session';
import type { PageServerLoad } from './$types';

const ENTRIES_PER_PAGE = 50;

/** The audit log, newest first, for coordinators; `?case=<id>` for one case's. */
export const load: PageServerLoad = async (event) => {
  const { locals, url } = event;
  requireUser(event);
  const caseParam = url.searchParams.get('case');
  const caseId = isId(caseParam) ? caseParam : null;
  const after = cursorParam(url.searchParams.get('after'));

  let auditLog;
  try {
    ({ auditLog } = await locals.api.request(AuditLogDocument, { first: ENTRIES_PER_PAGE, after, caseId }));
  } catch (cause) {
    if (cause instanceof ApiError && cause.code === 'FORBIDDEN') error(403, 'Forbidden');
    if (cause instanceof ApiError && cause.code === 'BAD_USER_INPUT') error(404, 'Not Found');
    throw cause;
  }
  return { entries: auditLog.nodes, pageInfo: auditLog.pageInfo, caseId, after };
};

import type { PostResultModel } from './forum.models.js';
import type { PostRow } from './forum.rows.js';

export function toPostResult(post: PostRow): PostResultModel {
  return { post, held: post.visibility !== 'VISIBLE', safetyResources: [] };
}

import type { UserModel } from './account.models.js';
import type { UserEntity } from './user.entity.js';

/** Only what others may see of a user. */
export function toUserModel(user: Pick<UserEntity, 'id' | 'displayName' | 'role' | 'locale'>): UserModel {
  return {
    id: user.id,
    displayName: user.displayName,
    roles: user.role === 'MEMBER' ? ['MEMBER'] : ['MEMBER', user.role],
    locale: user.locale,
  };
}

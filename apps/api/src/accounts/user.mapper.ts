import type { UserModel } from './account.models.js';
import type { UserEntity } from './user.entity.js';

export function toUserModel(user: UserEntity): UserModel {
  return {
    id: user.id,
    displayName: user.displayName,
    roles: user.role === 'MEMBER' ? ['MEMBER'] : ['MEMBER', user.role],
    locale: user.locale,
  };
}

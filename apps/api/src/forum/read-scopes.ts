import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { GroupRepository } from '../groups/group.repository.js';
import { groupActor } from '../groups/group-access.js';
import type { Viewer } from '../platform/auth/viewer.js';
import type { Loaders } from '../platform/graphql/loaders.js';
import type { ReadScope } from './read-scope.js';

/** Builds the viewer's ReadScope once per request. */
@Injectable()
export class ReadScopes {
  constructor(private readonly groups: GroupRepository) {}

  /** Null for a visitor who is not signed in: such a visitor reads no threads. */
  async of(viewer: Viewer | null, loaders: Loaders): Promise<ReadScope | null> {
    return viewer ? loaders.get(this.scopes).load(viewer.userId) : null;
  }

  // The session lookup reads the facilitated groups along (Loaders.known, also for each
  // subscription event); loaders made without them read the groups here.
  private readonly scopes = (viewer: Viewer | null, loaders: Loaders) => {
    const scopes = new DataLoader<string, ReadScope>(
      async ([userId]) => [
        {
          userId: userId!,
          staff: groupActor(viewer)!.staff,
          facilitatedGroupIds: await this.groups.facilitatedGroupIds(userId!),
        },
      ],
      { batch: false },
    );
    const facilitatedGroupIds = loaders.known.facilitatedGroupIds;
    if (viewer && facilitatedGroupIds) {
      scopes.prime(viewer.userId, {
        userId: viewer.userId,
        staff: groupActor(viewer)!.staff,
        facilitatedGroupIds: [...facilitatedGroupIds],
      });
    }
    return scopes;
  };
}

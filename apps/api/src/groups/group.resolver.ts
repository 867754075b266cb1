import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserModel } from '../accounts/account.models.js';
import { toUserModel } from '../accounts/user.mapper.js';
import { CurrentViewer, RequestLoaders, type RequestContext, type Viewer } from '../platform/auth/viewer.js';
import type { Loaders } from '../platform/graphql/loaders.js';
import type { GroupRole } from './group-membership.entity.js';
import { CreateGroupInput, GroupModel, GroupRoleEnum, UpdateGroupInput } from './group.models.js';
import type { GroupEntity } from './group.entity.js';
import { GroupLoaders } from './group.loaders.js';
import { GroupService } from './group.service.js';

@Resolver(() => GroupModel)
export class GroupResolver {
  constructor(
    private readonly groupService: GroupService,
    private readonly groupLoaders: GroupLoaders,
  ) {}

  @Query(() => [GroupModel], { description: "Groups the viewer may see, the viewer's own first." })
  groups(@CurrentViewer() viewer: Viewer | null, @RequestLoaders() loaders: Loaders): Promise<GroupEntity[]> {
    return this.groupService.list(viewer, loaders);
  }

  @Query(() => GroupModel, { nullable: true })
  group(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @Args('slug') slug: string,
  ): Promise<GroupEntity | null> {
    return this.groupService.bySlug(viewer, loaders, slug);
  }

  @Mutation(() => GroupModel)
  joinGroup(
    @CurrentViewer() viewer: Viewer | null,
    @Args('groupId', { type: () => ID }) groupId: string,
  ): Promise<GroupEntity> {
    return this.groupService.join(viewer, groupId);
  }

  @Mutation(() => GroupModel)
  leaveGroup(
    @CurrentViewer() viewer: Viewer | null,
    @Args('groupId', { type: () => ID }) groupId: string,
  ): Promise<GroupEntity> {
    return this.groupService.leave(viewer, groupId);
  }

  @Mutation(() => GroupModel, { description: 'Coordinators (ADMIN) only.' })
  setFacilitator(
    @CurrentViewer() viewer: Viewer | null,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('facilitator') facilitator: boolean,
  ): Promise<GroupEntity> {
    return this.groupService.setFacilitator(viewer, groupId, userId, facilitator);
  }

  @Mutation(() => GroupModel, { description: 'Coordinators (ADMIN) only.' })
  createGroup(
    @CurrentViewer() viewer: Viewer | null,
    @Args('input') input: CreateGroupInput,
  ): Promise<GroupEntity> {
    return this.groupService.create(viewer, input);
  }

  @Mutation(() => GroupModel, { description: 'Coordinators (ADMIN) only. `archived: true` archives.' })
  updateGroup(
    @CurrentViewer() viewer: Viewer | null,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('input') input: UpdateGroupInput,
  ): Promise<GroupEntity> {
    return this.groupService.update(viewer, groupId, input);
  }

  // Fields without parameter decorators get graphql's (parent, args, context) directly, and
  // @nestjs/graphql calls them without its per-field wrapper: they run for every group listed.

  @ResolveField(() => String, { description: "In the request's language." })
  name(group: GroupEntity, _args: unknown, { locale }: RequestContext): string {
    return locale === 'en' ? group.nameEn : group.nameId;
  }

  @ResolveField(() => String, { description: "In the request's language." })
  description(group: GroupEntity, _args: unknown, { locale }: RequestContext): string {
    return locale === 'en' ? group.descriptionEn : group.descriptionId;
  }

  @ResolveField(() => Boolean)
  archived(group: GroupEntity): boolean {
    return group.archivedAt !== null;
  }

  @ResolveField(() => Int)
  memberCount(group: GroupEntity, _args: unknown, { loaders }: RequestContext): Promise<number> {
    return this.groupLoaders.memberCount(loaders, group.id);
  }

  @ResolveField(() => [UserModel])
  async facilitators(group: GroupEntity, _args: unknown, { loaders }: RequestContext): Promise<UserModel[]> {
    return (await this.groupLoaders.facilitators(loaders, group.id)).map(toUserModel);
  }

  @ResolveField(() => GroupRoleEnum, { nullable: true, description: 'Null when the viewer is not a member.' })
  viewerRole(group: GroupEntity, _args: unknown, { loaders }: RequestContext): Promise<GroupRole | null> {
    return this.groupLoaders.viewerRole(loaders, group.id);
  }
}

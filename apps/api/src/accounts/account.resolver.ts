import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AppConfig } from '../platform/config/config.js';
import { APP_CONFIG } from '../platform/config/config.module.js';
import { CurrentRequest, CurrentViewer, type RequestContext, type Viewer } from '../platform/auth/viewer.js';
import {
  AuthPayloadModel,
  RegisterInput,
  RoleEnum,
  UpdateProfileInput,
  UserModel,
} from './account.models.js';
import { AccountService, type NewSession } from './account.service.js';
import { clearSessionCookie, setSessionCookie } from './session-token.js';
import { toUserModel } from './user.mapper.js';
import type { Role } from './user.entity.js';

@Resolver(() => UserModel)
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => UserModel, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@CurrentViewer() viewer: Viewer | null): Promise<UserModel | null> {
    const user = await this.accounts.currentUser(viewer);
    return user && toUserModel(user);
  }

  @Mutation(() => AuthPayloadModel)
  async register(
    @Args('input') input: RegisterInput,
    @CurrentRequest() context: RequestContext,
  ): Promise<AuthPayloadModel> {
    return this.signIn(context, await this.accounts.register(input, context.clientAddress));
  }

  @Mutation(() => AuthPayloadModel)
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @CurrentRequest() context: RequestContext,
  ): Promise<AuthPayloadModel> {
    return this.signIn(context, await this.accounts.login(email, password, context.clientAddress));
  }

  @Mutation(() => Boolean, {
    description: 'Revokes the current session. True even when nobody was signed in.',
  })
  async logout(@CurrentRequest() context: RequestContext): Promise<boolean> {
    await this.accounts.logout(context.viewer);
    if (context.reply) clearSessionCookie(context.reply, this.config.session.secureCookie);
    return true;
  }

  @Mutation(() => UserModel, { description: 'Coordinators (ADMIN) only.' })
  async assignRole(
    @CurrentViewer() viewer: Viewer | null,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => RoleEnum }) role: Role,
  ): Promise<UserModel> {
    return toUserModel(await this.accounts.assignRole(viewer, userId, role));
  }

  @Mutation(() => UserModel, { description: 'Changes the display name and/or the interface language.' })
  async updateProfile(
    @CurrentViewer() viewer: Viewer | null,
    @Args('input') input: UpdateProfileInput,
  ): Promise<UserModel> {
    return toUserModel(await this.accounts.updateProfile(viewer, input));
  }

  @Mutation(() => UserModel, {
    description: 'Professionals only: on duty, they hear of deadline escalations.',
  })
  async setOnDuty(
    @CurrentViewer() viewer: Viewer | null,
    @Args('onDuty') onDuty: boolean,
  ): Promise<UserModel> {
    return toUserModel(await this.accounts.setOnDuty(viewer, onDuty));
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      "Whether a professional is on duty: the viewer's own value when the viewer is staff; null for anyone else.",
  })
  onDuty(user: UserModel, _args: unknown, { viewer, loaders }: RequestContext): Promise<boolean | null> {
    return this.accounts.ownOnDuty(viewer, loaders, user.id);
  }

  private signIn({ reply }: RequestContext, session: NewSession): AuthPayloadModel {
    if (reply) setSessionCookie(reply, session.token, session.expiresAt, this.config.session.secureCookie);
    return { token: session.token, user: toUserModel(session.user) };
  }
}

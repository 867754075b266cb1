import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { Role } from '../../accounts/user.entity.js';

/** The signed-in person making a request. */
export interface Viewer {
  userId: string;
  sessionId: string;
  role: Role;
}

/** What every resolver can read from the GraphQL context. */
export interface RequestContext {
  req: Request;
  res: Response;
  viewer: Viewer | null;
}

/** Injects the request's viewer (null when nobody is signed in). */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | null =>
    GqlExecutionContext.create(context).getContext<RequestContext>().viewer,
);

/** Injects the GraphQL request context (for resolvers that set cookies or need the client address). */
export const CurrentRequest = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext =>
    GqlExecutionContext.create(context).getContext<RequestContext>(),
);

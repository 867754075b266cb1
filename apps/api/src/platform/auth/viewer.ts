import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import type { Locale, Role } from '../../accounts/user.entity.js';
import { unauthenticated } from '../errors/domain-error.js';
import type { Loaders } from '../graphql/loaders.js';

/** The signed-in person making a request. */
export interface Viewer {
  userId: string;
  sessionId: string;
  role: Role;
  locale: Locale;
}

/** What every resolver can read from the GraphQL context. */
export interface RequestContext {
  /** The client's address (the forwarded one when the web server on this machine relays a request). */
  clientAddress: string;
  /** The HTTP reply, for cookies; absent for operations sent over the subscription WebSocket. */
  reply?: FastifyReply;
  viewer: Viewer | null;
  /** The language of localised fields: Accept-Language (id or en), else the viewer's, else id. */
  locale: Locale;
  /** Per-request DataLoaders. */
  loaders: Loaders;
}

/** Injects the request's viewer (null when nobody is signed in). */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | null =>
    GqlExecutionContext.create(context).getContext<RequestContext>().viewer,
);

/** Injects the language of localised fields for this request. */
export const RequestLocale = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Locale =>
    GqlExecutionContext.create(context).getContext<RequestContext>().locale,
);

/** Injects the request's DataLoaders. */
export const RequestLoaders = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Loaders =>
    GqlExecutionContext.create(context).getContext<RequestContext>().loaders,
);

/** Injects the GraphQL request context (for resolvers that set cookies or need the client address). */
export const CurrentRequest = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext =>
    GqlExecutionContext.create(context).getContext<RequestContext>(),
);

/** The signed-in person (a Viewer or their ReadScope); UNAUTHENTICATED for a visitor. */
export function requireSignedIn<T extends object>(who: T | null): T {
  if (!who) throw unauthenticated();
  return who;
}

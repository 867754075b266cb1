/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type RegisterInput = {
  /** 2 to 40 characters; no real name needed. */
  displayName: string;
  email: string;
  /** `id` (default) or `en`. */
  locale?: string | null | undefined;
  /** At least 10 characters. */
  password: string;
};

/** Global roles. Everyone is a MEMBER. */
export type Role =
  | 'ADMIN'
  | 'MEMBER'
  | 'PROFESSIONAL';

export type UpdateProfileInput = {
  displayName?: string | null | undefined;
  locale?: string | null | undefined;
};

export type ViewerFragment = { id: string, displayName: string, locale: string, roles: Array<Role> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, locale: string, roles: Array<Role> } | null };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { token: string, user: { id: string, displayName: string, locale: string, roles: Array<Role> } } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, user: { id: string, displayName: string, locale: string, roles: Array<Role> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, displayName: string, locale: string, roles: Array<Role> } };

export type SafetyResourcesQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;


export type SafetyResourcesQuery = { safetyResources: Array<{ name: string, contact: string, description: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ViewerFragmentDoc = new TypedDocumentString(`
    fragment Viewer on User {
  id
  displayName
  locale
  roles
}
    `, {"fragmentName":"Viewer"}) as unknown as TypedDocumentString<ViewerFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...Viewer
  }
}
    fragment Viewer on User {
  id
  displayName
  locale
  roles
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    token
    user {
      ...Viewer
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  locale
  roles
}`) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    user {
      ...Viewer
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  locale
  roles
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    ...Viewer
  }
}
    fragment Viewer on User {
  id
  displayName
  locale
  roles
}`) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const SafetyResourcesDocument = new TypedDocumentString(`
    query SafetyResources($locale: String) {
  safetyResources(locale: $locale) {
    name
    contact
    description
  }
}
    `) as unknown as TypedDocumentString<SafetyResourcesQuery, SafetyResourcesQueryVariables>;
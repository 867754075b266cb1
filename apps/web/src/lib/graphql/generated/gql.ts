/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment Viewer on User {\n  id\n  displayName\n  locale\n  roles\n}\n\nquery Me {\n  me {\n    ...Viewer\n  }\n}\n\nmutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    token\n    user {\n      ...Viewer\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      ...Viewer\n    }\n  }\n}\n\nmutation Logout {\n  logout\n}\n\nmutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...Viewer\n  }\n}": typeof types.ViewerFragmentDoc,
    "query SafetyResources($locale: String) {\n  safetyResources(locale: $locale) {\n    name\n    contact\n    description\n  }\n}": typeof types.SafetyResourcesDocument,
};
const documents: Documents = {
    "fragment Viewer on User {\n  id\n  displayName\n  locale\n  roles\n}\n\nquery Me {\n  me {\n    ...Viewer\n  }\n}\n\nmutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    token\n    user {\n      ...Viewer\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      ...Viewer\n    }\n  }\n}\n\nmutation Logout {\n  logout\n}\n\nmutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...Viewer\n  }\n}": types.ViewerFragmentDoc,
    "query SafetyResources($locale: String) {\n  safetyResources(locale: $locale) {\n    name\n    contact\n    description\n  }\n}": types.SafetyResourcesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Viewer on User {\n  id\n  displayName\n  locale\n  roles\n}\n\nquery Me {\n  me {\n    ...Viewer\n  }\n}\n\nmutation Register($input: RegisterInput!) {\n  register(input: $input) {\n    token\n    user {\n      ...Viewer\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      ...Viewer\n    }\n  }\n}\n\nmutation Logout {\n  logout\n}\n\nmutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    ...Viewer\n  }\n}"): typeof import('./graphql').ViewerFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SafetyResources($locale: String) {\n  safetyResources(locale: $locale) {\n    name\n    contact\n    description\n  }\n}"): typeof import('./graphql').SafetyResourcesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

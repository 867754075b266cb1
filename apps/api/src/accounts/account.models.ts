import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../platform/graphql/enum-of.js';
import { ROLES, type Locale, type Role } from './user.entity.js';

export const RoleEnum = enumOf(ROLES);
registerEnumType(RoleEnum, { name: 'Role', description: 'Global roles. Everyone is a MEMBER.' });

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => [RoleEnum])
  roles: Role[];

  @Field(() => String, { description: '`id` (Bahasa Indonesia) or `en` (English).' })
  locale: Locale;
}

@ObjectType('AuthPayload')
export class AuthPayloadModel {
  @Field({ description: 'Opaque session token; send it as `Authorization: Bearer <token>`.' })
  token: string;

  @Field(() => UserModel)
  user: UserModel;
}

@InputType()
export class RegisterInput {
  @Field()
  email: string;

  @Field({ description: 'At least 10 characters.' })
  password: string;

  @Field({ description: '2 to 40 characters; no real name needed.' })
  displayName: string;

  @Field(() => String, { nullable: true, description: '`id` (default) or `en`.' })
  locale?: string | null;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => String, { nullable: true })
  locale?: string | null;
}

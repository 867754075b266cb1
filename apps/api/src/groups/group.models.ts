import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../platform/graphql/enum-of.js';
import { GROUP_ROLES } from './group-membership.entity.js';
import { GROUP_VISIBILITIES, type GroupVisibility } from './group.entity.js';

export const GroupRoleEnum = enumOf(GROUP_ROLES);
registerEnumType(GroupRoleEnum, { name: 'GroupRole' });

export const GroupVisibilityEnum = enumOf(GROUP_VISIBILITIES);
registerEnumType(GroupVisibilityEnum, {
  name: 'GroupVisibility',
  description: 'PUBLIC: every signed-in person reads it; MEMBERS_ONLY: only its members (and staff) do.',
});

/** Resolved from GroupEntity; localised and related fields come from GroupResolver. */
@ObjectType('Group')
export class GroupModel {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field(() => GroupVisibilityEnum)
  visibility: GroupVisibility;
}

@InputType()
export class CreateGroupInput {
  @Field({ description: 'The address part: lower-case letters, digits and hyphens.' })
  slug: string;

  @Field()
  nameId: string;

  @Field()
  nameEn: string;

  @Field()
  descriptionId: string;

  @Field()
  descriptionEn: string;

  @Field(() => GroupVisibilityEnum, { defaultValue: 'PUBLIC' })
  visibility: GroupVisibility;
}

@InputType()
export class UpdateGroupInput {
  @Field(() => String, { nullable: true })
  slug?: string | null;

  @Field(() => String, { nullable: true })
  nameId?: string | null;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  descriptionId?: string | null;

  @Field(() => String, { nullable: true })
  descriptionEn?: string | null;

  @Field(() => GroupVisibilityEnum, { nullable: true })
  visibility?: GroupVisibility | null;

  @Field(() => Boolean, { nullable: true, description: 'Archive (true) or bring back (false).' })
  archived?: boolean | null;
}

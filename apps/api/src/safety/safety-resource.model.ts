import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SafetyResource')
export class SafetyResourceModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'Phone number, short code or web address.' })
  contact: string;

  @Field({ description: "In the requested language, or else the viewer's." })
  description: string;

  @Field({ description: 'The description in Bahasa Indonesia (for editing).' })
  descriptionId: string;

  @Field({ description: 'The description in English (for editing).' })
  descriptionEn: string;

  @Field(() => Int, { description: 'Lower comes first.' })
  position: number;
}

@InputType()
export class SafetyResourceInput {
  @Field({ description: '2 to 100 characters.' })
  name: string;

  @Field({ description: 'How to reach it, as people should dial or type it; 2 to 100 characters.' })
  contact: string;

  @Field({ description: 'Bahasa Indonesia, up to 500 characters.' })
  descriptionId: string;

  @Field({ description: 'English, up to 500 characters.' })
  descriptionEn: string;

  @Field(() => Int, { nullable: true, description: 'Lower comes first; default 100.' })
  position?: number | null;
}

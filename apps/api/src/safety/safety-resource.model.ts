import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('SafetyResource')
export class SafetyResourceModel {
  @Field()
  name: string;

  @Field({ description: 'Phone number, short code or web address.' })
  contact: string;

  @Field({ description: "In the requested language, or else the viewer's." })
  description: string;
}

import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const GROUP_VISIBILITIES = ['PUBLIC', 'MEMBERS_ONLY'] as const;
export type GroupVisibility = (typeof GROUP_VISIBILITIES)[number];

/** A topic group. Names and descriptions are kept in both interface languages. */
@Entity({ name: 'groups' })
@Check('groups_slug_check', `"slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
export class GroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('groups_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug: string;

  @Column({ name: 'name_id', type: 'text' })
  nameId: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'description_id', type: 'text' })
  descriptionId: string;

  @Column({ name: 'description_en', type: 'text' })
  descriptionEn: string;

  @Column({ type: 'enum', enum: GROUP_VISIBILITIES, enumName: 'group_visibility', default: 'PUBLIC' })
  visibility: GroupVisibility;

  /** Archived groups keep their threads for the record but take no new members or posts. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

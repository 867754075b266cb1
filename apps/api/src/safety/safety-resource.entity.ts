import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A crisis or support service shown to people in distress; coordinators keep the list. */
@Entity({ name: 'safety_resources' })
export class SafetyResourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** A phone number, short code or address, as people should dial or type it. */
  @Column({ type: 'text' })
  contact: string;

  @Column({ name: 'description_id', type: 'text' })
  descriptionId: string;

  @Column({ name: 'description_en', type: 'text' })
  descriptionEn: string;

  @Column({ type: 'int', default: 0 })
  position: number;
}

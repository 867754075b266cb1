/** The fields of a safety resource's form, in the order the form shows them (and the error summary lists them). */
export const RESOURCE_FIELDS = ['name', 'contact', 'descriptionId', 'descriptionEn', 'position'] as const;
export type ResourceField = (typeof RESOURCE_FIELDS)[number];

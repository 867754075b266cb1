import type { Message } from '$lib/i18n';

/**
 * What a form action returns with `fail()`: the values to put back (never a
 * password), a message per field at fault, and a message for the whole form.
 * Messages are keys, translated where the form is shown.
 */
export interface FormFailure<F extends string> {
  values: Partial<Record<F, string>>;
  fieldErrors: Partial<Record<F, Message>>;
  formError: Message | null;
  /** On a page with several forms: which one failed (`reply`, `edit`, …). */
  form?: string;
  /** And what it was about (a post id), when there is one such form per item. */
  target?: string;
}

/** A text field of a form post ('' when missing or a file). */
export function textField(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

/** A checkbox of a form post: checked when present with any value. */
export function checkboxField(data: FormData, name: string): boolean {
  return data.has(name);
}

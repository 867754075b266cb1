import type { FormFailure } from '$lib/forms';
import type { I18n } from '$lib/i18n';

/** The translated messages of a failed form, for ErrorSummary and the fields. */
export function describeFailure<F extends string>(
  i18n: I18n,
  failure: FormFailure<F> | null | undefined,
  fieldOrder: readonly F[],
): {
  formError: string | null;
  fieldErrors: { id: F; message: string }[];
  byField: Partial<Record<F, string>>;
} {
  const byField: Partial<Record<F, string>> = {};
  const fieldErrors: { id: F; message: string }[] = [];
  for (const field of fieldOrder) {
    const message = failure?.fieldErrors[field];
    if (message) {
      byField[field] = i18n.message(message);
      fieldErrors.push({ id: field, message: byField[field] });
    }
  }
  return { formError: failure?.formError ? i18n.message(failure.formError) : null, fieldErrors, byField };
}

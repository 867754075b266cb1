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

/**
 * Attributes that open a `<details>` holding a failed form (spread them:
 * `<details {...openWhen(!!failure)}>`). Never `open={…}`: Svelte sets that
 * property on hydration and on every update of the element, closing a panel
 * the reader opened (before the page's JavaScript loaded, say); a spread
 * only adds `open` when there is a failure.
 */
export function openWhen(condition: boolean): { open?: true } {
  return condition ? { open: true } : {};
}

import type { SubmitFunction } from '@sveltejs/kit';

/**
 * `use:enhance` for forms with a password: after a failed submission the
 * other fields keep their values (as without JavaScript) and passwords are
 * emptied (also as without JavaScript, where the page comes back without them).
 */
export const clearPasswordsOnFailure: SubmitFunction = ({ formElement }) => {
  return async ({ result, update }) => {
    await update();
    if (result.type === 'failure') {
      for (const input of formElement.querySelectorAll<HTMLInputElement>('input[type="password"]')) {
        input.value = '';
      }
    }
  };
};

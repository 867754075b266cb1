import type { SubmitFunction } from '@sveltejs/kit';
import { applyAction } from '$app/forms';
import { invalidateAll } from '$app/navigation';
import { page } from '$app/state';

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

/**
 * `use:enhance` for small forms that change something on the page they are on
 * (react, pin, join): the action redirects back to the page (so that without
 * JavaScript a reload does not post again); with JavaScript the page's data is
 * just reloaded instead, keeping scroll position and focus on the button.
 */
export const stayOnPage: SubmitFunction = () => {
  return async ({ result, update }) => {
    if (result.type === 'redirect') {
      const target = new URL(result.location, location.href);
      if (target.pathname === location.pathname && target.search === location.search) {
        await invalidateAll();
        if (page.form) {
          // Clears an earlier failure's message (applyAction moves focus; put it back).
          const focused = document.activeElement;
          await applyAction({ type: 'success', status: 200 });
          if (focused instanceof HTMLElement && focused.isConnected) focused.focus();
        }
        return;
      }
    }
    await update({ reset: false });
  };
};

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

/**
 * The text of PostFields.svelte as posted: `content` as the API takes it (no
 * content warning when blank) and `values` as typed, to show again after a failure.
 */
export function postText(data: FormData) {
  const body = textField(data, 'body');
  const contentWarning = textField(data, 'contentWarning');
  return {
    content: { body, contentWarning: contentWarning.trim() || null },
    values: { body, contentWarning },
  };
}

/** PostFields.svelte of a new post (a thread or a reply): the text and the anonymous box. */
export function newPostFields(data: FormData) {
  const { content, values } = postText(data);
  const anonymous = checkboxField(data, 'anonymous');
  return {
    content: { ...content, anonymous },
    values: { ...values, anonymous: anonymous ? 'on' : '' },
  };
}

/**
 * What a form action returns instead of redirecting when a new post is held
 * or came with safety resources: its author sees that at once (PostOutcome.svelte).
 * Null when there is nothing to show.
 */
export function postOutcome<R>(
  result: { held: boolean; safetyResources: R[]; post: { id: string } },
  threadId: string,
) {
  if (!result.held && result.safetyResources.length === 0) return null;
  return {
    outcome: {
      held: result.held,
      safetyResources: result.safetyResources,
      threadId,
      postId: result.post.id,
    },
  };
}

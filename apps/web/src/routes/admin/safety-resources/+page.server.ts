import { error, fail, redirect } from '@sveltejs/kit';
import { textField, type FormFailure } from '$lib/forms';
import { isId } from '$lib/forum/posts';
import {
  CreateSafetyResourceDocument,
  DeleteSafetyResourceDocument,
  SafetyResourcesForEditingDocument,
  UpdateSafetyResourceDocument,
  type SafetyResourceInput,
} from '$lib/graphql/generated/graphql';
import type { Message } from '$lib/i18n';
import { runMutation } from '$lib/server/form-errors';
import { isAdmin } from '$lib/server/roles';
import { requireUser } from '$lib/server/session';
import { RESOURCE_FIELDS, type ResourceField } from './fields';
import type { Actions, PageServerLoad } from './$types';

const PATH = '/admin/safety-resources';
/** What the page says once after an action (`?done=`, with `&resource=<id>` at the one changed). */
const DONE = ['added', 'saved', 'removed'] as const;
type Done = (typeof DONE)[number];

const FIELD_MESSAGES = {
  name: { BAD_USER_INPUT: { key: 'safetyAdmin.error.name' } },
  contact: { BAD_USER_INPUT: { key: 'safetyAdmin.error.contact' } },
  descriptionId: { BAD_USER_INPUT: { key: 'safetyAdmin.error.descriptionId' } },
  descriptionEn: { BAD_USER_INPUT: { key: 'safetyAdmin.error.descriptionEn' } },
  position: { BAD_USER_INPUT: { key: 'safetyAdmin.error.position' } },
} satisfies Record<ResourceField, Record<string, Message>>;

const MESSAGES = {
  FORBIDDEN: { key: 'safetyAdmin.error.forbidden' },
  NOT_FOUND: { key: 'safetyAdmin.error.gone' },
  CONFLICT: { key: 'safetyAdmin.error.last' },
} satisfies Record<string, Message>;

/**
 * The safety resources as coordinators keep them. The list itself is public,
 * so the page asks for the role here; the API decides about every change.
 */
export const load: PageServerLoad = async (event) => {
  const user = requireUser(event);
  if (!isAdmin(user)) error(403, 'Forbidden');
  const { safetyResources } = await event.locals.api.request(SafetyResourcesForEditingDocument);
  const done = event.url.searchParams.get('done');
  const resource = event.url.searchParams.get('resource');
  return {
    resources: safetyResources,
    done: (DONE as readonly string[]).includes(done ?? '') ? (done as Done) : null,
    /** The resource the message is about (added or saved); none for a removal. */
    doneResource: isId(resource) ? resource : null,
  };
};

export const actions: Actions = {
  create: async (event) => {
    requireUser(event);
    const posted = resourceInput(await event.request.formData(), 'create');
    if (!posted.ok) return posted.failure;
    const sent = await runMutation(
      event,
      (api) => api.request(CreateSafetyResourceDocument, { input: posted.input }),
      {
        fields: RESOURCE_FIELDS,
        values: posted.values,
        form: 'create',
        fieldMessages: FIELD_MESSAGES,
        messages: MESSAGES,
      },
    );
    if (!sent.ok) return sent.failure;
    done('added', sent.data.createSafetyResource.id);
  },

  update: async (event) => {
    requireUser(event);
    const data = await event.request.formData();
    const id = textField(data, 'id');
    const posted = resourceInput(data, 'update', id);
    if (!posted.ok) return posted.failure;
    const sent = await runMutation(
      event,
      (api) => api.request(UpdateSafetyResourceDocument, { id, input: posted.input }),
      {
        fields: RESOURCE_FIELDS,
        values: posted.values,
        form: 'update',
        target: id,
        fieldMessages: FIELD_MESSAGES,
        messages: MESSAGES,
      },
    );
    if (!sent.ok) return sent.failure;
    done('saved', id);
  },

  /** The confirmation is the form itself: it is only shown once "Remove" is opened. */
  delete: async (event) => {
    requireUser(event);
    const id = textField(await event.request.formData(), 'id');
    const sent = await runMutation(event, (api) => api.request(DeleteSafetyResourceDocument, { id }), {
      form: 'delete',
      target: id,
      messages: MESSAGES,
    });
    if (!sent.ok) return sent.failure;
    done('removed');
  },
};

/**
 * The posted fields as the API takes them, or the form's failure when the
 * position is not a whole number (the API checks its range and everything else).
 */
function resourceInput(
  data: FormData,
  form: string,
  target?: string,
):
  | { ok: true; input: SafetyResourceInput; values: Record<ResourceField, string> }
  | { ok: false; failure: ReturnType<typeof fail<FormFailure<ResourceField>>> } {
  const values = Object.fromEntries(
    RESOURCE_FIELDS.map((field) => [field, textField(data, field)]),
  ) as Record<ResourceField, string>;
  const position = values.position.trim();
  // Nine digits at most: a GraphQL Int; 0–10000 is the API's to say.
  if (position !== '' && !/^-?\d{1,9}$/.test(position)) {
    return {
      ok: false,
      failure: fail(400, {
        values,
        fieldErrors: { position: FIELD_MESSAGES.position.BAD_USER_INPUT },
        formError: null,
        form,
        ...(target ? { target } : {}),
      } satisfies FormFailure<ResourceField>),
    };
  }
  const { name, contact, descriptionId, descriptionEn } = values;
  return {
    ok: true,
    input: {
      name,
      contact,
      descriptionId,
      descriptionEn,
      position: position === '' ? null : Number(position),
    },
    values,
  };
}

/** Back to the list with a one-time message, at the resource that changed (or the list). */
function done(what: Done, id?: string): never {
  if (id) redirect(303, `${PATH}?done=${what}&resource=${id}#resource-${id}`);
  redirect(303, `${PATH}?done=${what}#resources`);
}

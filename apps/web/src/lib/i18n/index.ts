import { getContext, setContext } from 'svelte';
import { en } from './en';
import { id, type MessageKey } from './id';

export type { MessageKey } from './id';

export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'id';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

const dictionaries: Record<Locale, Record<MessageKey, string>> = { id, en };

/** The `{name}` placeholders of a message, read from the Indonesian text. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type ParamsOf<K extends MessageKey> = Record<Placeholders<(typeof id)[K]>, string | number>;

/** The arguments after the key: none, or an object naming every placeholder. */
export type MessageArgs<K extends MessageKey> = [Placeholders<(typeof id)[K]>] extends [never]
  ? []
  : [params: ParamsOf<K>];

/** A message chosen on the server and translated where it is shown. */
export type Message = {
  [K in MessageKey]: [Placeholders<(typeof id)[K]>] extends [never]
    ? { key: K }
    : { key: K; params: ParamsOf<K> };
}[MessageKey];

export function translate<K extends MessageKey>(locale: Locale, key: K, ...args: MessageArgs<K>): string {
  const text = dictionaries[locale][key];
  const params: Record<string, string | number> | undefined = args[0];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translateMessage(locale: Locale, message: Message): string {
  const params = 'params' in message ? (message.params as Record<string, string | number>) : undefined;
  return (translate as (locale: Locale, key: MessageKey, params?: Record<string, string | number>) => string)(
    locale,
    message.key,
    params,
  );
}

export interface I18n {
  readonly locale: Locale;
  t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string;
  message(message: Message): string;
}

const CONTEXT_KEY = Symbol('i18n');

/**
 * Makes the translator available to every component below the root layout.
 * `currentLocale` is read on every call, so text follows a language switch.
 */
export function setI18n(currentLocale: () => Locale): I18n {
  const i18n: I18n = {
    get locale() {
      return currentLocale();
    },
    t: (key, ...args) => translate(currentLocale(), key, ...args),
    message: (message) => translateMessage(currentLocale(), message),
  };
  return setContext(CONTEXT_KEY, i18n);
}

export function getI18n(): I18n {
  const i18n = getContext<I18n | undefined>(CONTEXT_KEY);
  if (!i18n) throw new Error('getI18n() called outside the root layout');
  return i18n;
}
